# Cohorts, côté membres : français.

## The frame of every page

nav-main = Principal
nav-my-cohort = Mon groupe
nav-my-data = Mes données
sign-out = Se déconnecter
footer = Cohorts · communautés privées de membres. Ce que les membres partagent reste dans leur groupe.
language-label = Langue
language-change = Changer

## Error pages

error-code = Erreur { $status }
error-start-page = Aller à la page d’accueil
error-not-found-title = Page introuvable
error-not-found = Il n’y a rien ici. Le lien est peut-être mal saisi, ou ce qu’il désignait a été supprimé.
error-bad-request-title = Cette demande n’a pas pu être comprise
error-forbidden-title = Non autorisé
error-gone-title = Ce lien ne fonctionne plus
error-conflict-title = Cela n’a pas pu être fait
error-closed-title = Ce groupe est fermé
error-closed = Ses organisateurs ont fermé ce groupe : tu peux encore le lire et télécharger tes données, mais plus personne ne peut publier, répondre ni le rejoindre.
error-duplicate-title = Déjà envoyé
error-duplicate = Ce formulaire a déjà été envoyé une fois, rien de plus n’a donc été fait. Si tu as rejoint un groupe, ouvre ton lien personnel ou redemande-le par e-mail sur /link.
error-login-title = Connecte-toi
error-login = Connecte-toi pour voir cette page.
error-too-many-title = Trop de tentatives
error-too-many = Il y a eu trop de tentatives depuis ton adresse. Attends une minute, puis réessaie.
error-too-large-title = C’était trop volumineux
error-too-large = Ce que tu as envoyé dépasse ce que ce formulaire accepte. Raccourcis-le et réessaie.
error-unavailable-title = Cohorts est momentanément indisponible
error-unavailable = La base de données ne répond pas pour le moment. Rien de ce que tu as envoyé n’a été enregistré ; réessaie dans quelques secondes.
error-busy-title = Cohorts est occupé
error-busy = Beaucoup de photos arrivent en même temps. Rien de ce que tu as envoyé n’a été enregistré ; reviens en arrière et renvoie-le dans une minute.
error-internal-title = Un problème est survenu de notre côté
error-internal = Le problème a été enregistré. Réessaie.

## Joining

join-invited-by = Tu es invité·e par
join-about = Thème :
join-private = Un groupe privé de quelques centaines de personnes au plus. Ce que tu publies est vu par les autres membres et par l’équipe de { $brand }, jamais rendu public. { $seats ->
    [one] Il reste { $seats } place.
   *[other] Il reste { $seats } places.
}
join-heading = Rejoindre
join-display-name = Pseudo (ce que voient les autres membres ; pas besoin de ton vrai nom)
join-city = Ta ville
join-choose = Choisir…
join-born = Quand es-tu né·e ? (seuls l’année et le mois sont conservés)
join-month = Mois
join-year = Année
join-country = Pays où tu vis
join-email = E-mail (facultatif : pour recevoir ton lien personnel par e-mail, et un nouveau si tu le perds)
join-guardian = J’ai moins que l’âge du consentement numérique là où je vis (16 ans dans de nombreux pays), et mon parent ou tuteur a lu cette page et accepte que je rejoigne le groupe.
join-consent = J’accepte que ce que je publie ici soit partagé avec les membres du groupe et { $brand }, et que ma ville et ma tranche d’âge servent à des chiffres anonymes. Je peux télécharger mes données ou partir à tout moment.
join-button = Rejoindre { $cohort }

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## The welcome page, once joined

welcome-title = Bienvenue dans { $cohort } !
welcome-link = Voici ton lien personnel. C’est ta clé du groupe : garde-le pour toi et ajoute-le à tes favoris, car il n’est affiché que cette fois.
welcome-link-label = Ton lien personnel
welcome-go = Aller à mon groupe

## Pages of a list

pager-label = Pagination
pager-newer = ← Plus récents
pager-older = Plus anciens →
pager-page = Page { $page } sur { $pages }

## The member's page

home-todo = À faire
todo-open = À faire
todo-done-changeable = Fait : tu peux encore le modifier
todo-done = Fait
todo-closed = Clos
todo-due = pour le { $due }
home-hidden-title = { $count ->
    [one] Une de tes publications n’est pas montrée au groupe
   *[other] Certaines de tes publications ne sont pas montrées au groupe
}
home-hidden-why = { $count ->
    [one] Les autres membres ne la voient pas. Voici pourquoi :
   *[other] Les autres membres ne les voient pas. Voici pourquoi :
}
home-hidden-when = masquée le { $when }
home-hidden-mistake = Si tu penses que c’est une erreur, demande aux organisateurs du groupe.
home-sent-title = { $product } est en route vers toi
home-sent-text = Les organisateurs l’ont envoyé le { $when }. Dès qu’il arrive, dis-le-leur, et tu pourras le noter ici.
home-sent-text-early = Les organisateurs l’ont envoyé le { $when }. Dès qu’il arrive, dis-le-leur, et tu pourras le noter ici avant tout le monde.
home-sent-button = Je l’ai reçu
home-share = Partage quelque chose
home-publish = Publier dans le groupe
home-feed = Fil du groupe
home-feed-empty = Rien pour l’instant. Sois le premier ou la première : dis ce que tu penses de { $theme }.
post-edit = Modifier
post-delete = Supprimer
post-report = Signaler

## Writing a post

post-what = Que partages-tu ?
post-kind-post = Une publication
post-kind-review = Un avis sur un produit
post-product = Produit (pour les avis)
post-no-products = Il n’y a pas encore de produit à noter : les organisateurs les ajoutent.
post-rating = Note (pour les avis)
post-stars = { $stars ->
    [one] { $stars } étoile
   *[other] { $stars } étoiles
}
post-title = Titre de l’avis
post-body = Ton texte
post-photos = Photos (jusqu’à 6 : JPEG, PNG ou WebP, 10 Mo chacune)
post-photos-private = La localisation et les autres données cachées de tes photos sont supprimées avant que quiconque les voie.

## A post in the feed

feed-minor = moins de 18 ans
feed-minor-hint = Avait moins de 18 ans en l’écrivant
feed-reviewed = a noté
feed-edited = (modifié)
feed-stars-label = { $rating } étoiles sur 5
feed-photo-alt = Photo { $n } sur { $count } de { $author }
feed-hidden = Masqué aux membres : { $reason }

## What the join form says when something is missing or wrong

join-error-name = Choisis un pseudo de 2 à 40 caractères.
join-error-city = Choisis ta ville dans la liste.
join-error-year = Indique ton année de naissance, par exemple 2008.
join-error-month = Choisis ton mois de naissance.
join-error-birth-impossible = Cette année de naissance n’est pas possible.
join-error-country = Choisis dans la liste le pays où tu vis.
join-error-email = Cela ne ressemble pas à une adresse e-mail : vérifie-la ou laisse la case vide.
join-error-consent = Lis et coche cette case pour rejoindre le groupe.
join-error-too-young = Les membres doivent avoir au moins { $age } ans.
join-error-guardian = Dans ce pays ({ $country }), il te faut l’accord d’un parent ou tuteur pour rejoindre le groupe avant { $age } ans. Demande-lui de lire cette page et de cocher la case.

## Boutons communs à plusieurs pages

cancel = Annuler

## Mes données

data-title = Mes données
data-keeps = Cohorts conserve ton pseudo, ta ville, ton année et ton mois de naissance, ton pays, le consentement que tu as donné et ce que tu as publié dans { $cohort }.
data-download = Tout télécharger (JSON)
data-reminders = E-mails de rappel
data-reminders-on = Nous t'écrivons quand les organisateurs posent une question au groupe (et deux fois au plus avant l'échéance, si tu n'as pas répondu), et un petit rappel si tu n'as rien publié depuis deux semaines.
data-reminders-off = Tu as désactivé les rappels : aucun e-mail sur les nouvelles activités ou les semaines calmes.
data-reminders-turn-off = Désactiver les rappels
data-reminders-turn-on = Activer les rappels
data-no-email = Tu as rejoint le groupe sans adresse e-mail, donc nous ne t'écrivons jamais.
data-zone-heading = Fuseau horaire
data-zone-text = Ton pays : { $country }. Les heures de tes pages et de nos e-mails sont affichées en { $zone }.
data-zone-label = Ton fuseau horaire
data-zone-save = Enregistrer le fuseau horaire
data-zone-error = Choisis un des fuseaux horaires de la liste.
data-another-country = un autre pays
data-leave-heading = Quitter le groupe
data-leave-text = Partir supprime ton adhésion et tout ce que tu as publié, de chaque page et de chaque chiffre. C'est définitif.
data-leave-button = Quitter { $cohort }…
flash-zone-saved = Enregistré : les heures sont affichées dans le fuseau choisi.
flash-reminders-on = Les rappels sont activés.
flash-reminders-off = Les rappels sont désactivés. Nous ne t'écrirons plus pour publier.

## Quitter le groupe

leave-heading = Quitter { $cohort } ?
leave-text = Ton adhésion et tout ce que tu as publié seront supprimés, de chaque page et de chaque chiffre. Ton lien personnel ne marchera plus. C'est définitif.
leave-button = Partir et supprimer mes données
flash-left = Tu as quitté le groupe et tes données ont été supprimées.

## Modifier, supprimer et signaler une publication

edit-title = Modifier ta publication
edit-save = Enregistrer les modifications
flash-edited = Tes modifications sont enregistrées.
delete-title = Supprimer la publication
delete-heading = Supprimer cette publication ?
delete-text = Elle disparaît du fil du groupe pour tout le monde. C'est définitif.
flash-deleted = Publication supprimée.
flash-shared = Partagé avec ton groupe.
flash-held = Enregistré, mais pas encore visible par le groupe : cela semble contenir des données personnelles, donc les organisateurs vérifieront d'abord. Vois ci-dessous pourquoi.
flash-received = Merci de nous l'avoir dit. Tu peux donner ton avis sur { $product } : choisis « Un avis produit » ci-dessous.
report-title = Signaler une publication
report-text = Dis aux organisateurs ce qui ne va pas. Ils regarderont et peuvent la masquer au groupe. La personne qui l'a écrite ne sait pas qui l'a signalée.
report-legend = Qu'est-ce qui ne va pas ?
report-bullying = C'est méchant ou du harcèlement
report-personal-details = Ça révèle des données personnelles
report-inappropriate = Ce n'est pas adapté à ce groupe
report-spam = C'est du spam ou de la pub
report-other = Autre chose ne va pas
report-send = Envoyer le signalement
report-error = Choisis ce qui ne va pas dans la publication.
flash-reported = Merci. Les organisateurs vont regarder la publication ; la personne qui l'a écrite ne sait pas qui l'a signalée.
flash-reported-again = Tu as déjà signalé cette publication ; les organisateurs vont la regarder.

## Recevoir à nouveau son lien personnel

link-title = Recevoir à nouveau ton lien personnel
link-sent = Si cette adresse appartient à un membre d'un groupe, un nouveau lien personnel est en route. Regarde ta boîte de réception et tes spams. Ton ancien lien ne marche plus une fois le nouveau envoyé.
link-intro = Saisis l'adresse e-mail donnée en rejoignant le groupe. Nous t'enverrons un nouveau lien personnel ; l'ancien ne marchera plus.
link-email = E-mail
link-send = Envoyez-moi mon lien
link-no-email = Inscrit sans e-mail ? Demande une nouvelle invitation à l'organisateur du groupe.
link-error-email = Cette adresse e-mail n'est pas valide : vérifie-la et réessaie.

## Arrêter les e-mails de rappel

stop-title = Rappels par e-mail
stop-button = Les désactiver
stop-done = C'est fait
stop-nudges-heading = Arrêter les rappels ?
stop-nudges-text = Nous écrivons aux membres quand les organisateurs posent une question au groupe (et deux fois au plus avant l'échéance, s'ils n'ont pas répondu), et quand ils n'ont rien publié depuis deux semaines. Un clic et c'est fini ; tu peux les réactiver depuis la page « Mes données » de ton groupe.
stop-nudges-done = Nous ne t'enverrons plus de rappels. Tu peux les réactiver depuis la page « Mes données » de ton groupe.
stop-invite-heading = Arrêter les rappels de cette invitation ?
stop-invite-text = Nous rappelons une invitation non acceptée deux fois au plus. Un clic et c'est fini.
stop-invite-done = Nous ne te rappellerons plus cette invitation.

## The start page

start-title = Bienvenue
start-about = Des communautés privées où les membres d'une marque partagent publications, photos et avis de première main, loin des réseaux sociaux publics.
start-member = Tu es membre ?
start-open-link = Ouvre le lien personnel reçu quand tu as rejoint le groupe. Il t'y mène directement, sans mot de passe.
start-lost-link = Lien personnel perdu ? Reçois-le à nouveau par e-mail
start-staff = Tu gères des groupes ?
start-sign-in = Connexion de l'équipe

## Mails to members

mail-hi = Salut { $name },
mail-sign-off = — Cohorts, pour { $brand }
mail-link-subject = Ton lien personnel vers { $cohort }
mail-link-intro = Voici ton lien personnel vers { $cohort } ({ $brand }) :
mail-link-open = Ouvrir mon groupe
mail-link-key = C’est ta clé du groupe : garde-le pour toi et ajoute-le à tes favoris. Si tu avais un lien avant, il ne marche plus.
mail-link-ignore = Si tu n’as rien demandé, ignore ce message ; ton compte reste tel quel.
mail-link-stop = Tu ne veux plus d’e-mails de rappel ? Désactive-les :
mail-turn-off = Les désactiver
mail-nudge-subject = Quoi de neuf, { $name } ?
mail-nudge-text = Ça fait un moment que tu n’as rien publié dans { $cohort }. Qu’est-ce que tu deviens côté { $theme } ? { $brand } aimerait le savoir, en bien ou en mal.
mail-open-link = Ouvre ton lien personnel pour publier. Perdu ? Demande-en un nouveau ici :
mail-nudge-stop = Tu ne veux plus de ces rappels ? Désactive-les en un clic :
mail-activity-subject-new = { $brand } demande à { $cohort } : { $title }
mail-activity-subject-reminder = Ouverte jusqu’au { $due } : { $title }
mail-activity-subject-review = Ton avis sur { $product } est attendu pour le { $due }
mail-activity-new = { $brand } a une nouvelle activité pour { $cohort } : « { $title } ». Réponds avant le { $due } ; tu peux modifier tes réponses d’ici là.
mail-activity-reminder = « { $title } » dans { $cohort } est ouverte jusqu’au { $due } et tu n’as pas encore répondu. Ça prend quelques minutes, et tu peux aussi passer ton tour.
mail-activity-review = Ton avis sur { $product } pour « { $title } » dans { $cohort } est attendu pour le { $due } : quelques étoiles, quelques mots et, si tu veux, une photo. Tu peux aussi passer ton tour.
mail-activity-find = Ouvre ton lien personnel et retrouve-la dans « À faire ». Lien perdu ? Demande-en un nouveau ici :
mail-activity-stop = Tu ne veux plus de ces e-mails ? Désactive-les en un clic :

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d %b %Y
time-format = %-d %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Ton groupe
act-due = À rendre le { $due }
act-answered = Tu as répondu
act-check = Certaines réponses sont à revoir : regarde les messages ci-dessous.
act-your-answer = Ta réponse
act-photos-so-far = Tes photos jusqu’ici (choisis-en d’autres pour les remplacer) :
act-photo-alt = Ta photo { $n }
act-photos = Photos (jusqu’à { $count } : JPEG, PNG ou WebP, 10 Mo chacune)
act-sent-product = Tu as reçu { $product } : alors ?
act-stars-for = Tes étoiles pour { $product }
act-stars = Étoiles…
act-your-review = Ton avis
act-photos-optional = Photos (facultatif, jusqu’à { $count })
act-not-sent = Cette partie est pour les membres qui ont reçu { $product } ; rien à faire ici.
act-other = Autre
act-what-other = Lequel
act-say-what = Dis lequel
act-rank-hint = Donne une place à chaque carte : 1 pour ta préférée.
act-place = Rang…
act-others = Ce que le groupe a répondu jusqu’ici :
act-save = Enregistrer mes modifications
act-send = Envoyer mes réponses
act-others-later = Tu verras les réponses des autres une fois que tu auras répondu.
act-late = L’échéance est passée : tes réponses restent telles quelles.
act-closed = C’est clos : plus aucune réponse n’est acceptée. Merci à tous ceux qui ont répondu.
flash-answers-updated = Tes réponses sont mises à jour.
flash-answers-in = Merci ! Tes réponses sont bien arrivées.

## What the post form says when something is missing or wrong

post-error-body = Écris ton texte : de 1 à 5 000 caractères.
post-error-title = Donne à ton avis un titre de 120 caractères au plus.
post-error-rating = Choisis de 1 à 5 étoiles.
post-error-product = Choisis dans la liste le produit que tu évalues.
post-error-no-product = Il n’y a pas encore de produit à évaluer : les organisateurs les ajoutent. Partage plutôt une publication.
post-error-kind = Choisis publication ou avis.
post-error-limit = Tu as partagé { $count } publications dans l’heure, le maximum. Ton texte est gardé ci-dessous : renvoie-le dans un moment.
photo-too-many = Ajoute au plus { $max } photos à une publication (tu en as choisi { $count }).
photo-too-large = « { $file } » dépasse 10 Mo.
photo-not-an-image = « { $file } » n’est pas une photo (JPEG, PNG ou WebP).
photo-heic = « { $file } » est une photo HEIC, que Cohorts ne sait pas encore lire : enregistre-la en JPEG et réessaie.
photo-too-many-pixels = « { $file } » dépasse 40 mégapixels.
photo-damaged = Impossible de lire « { $file } » : le fichier est peut-être endommagé.
photo-kept = Ton texte est conservé ; choisis à nouveau les photos.
answer-error-text = Écris ta réponse : 4 000 caractères au plus.
answer-error-no-photo = Ajoute au moins une photo.
answer-error-too-many-photos = Ajoute au plus { $max } photos.
answer-error-choose-one = Choisis une réponse.
answer-error-choose-some = Choisis au moins une réponse.
answer-error-other = Dis ce qu’est « Autre », en 200 caractères au plus.
answer-error-same-place = Donne à chaque carte sa propre place : deux cartes ont le numéro { $n }.
answer-error-every-place = Donne à chaque carte une place de 1 à { $count }.
answer-error-every-card = Donne à chaque carte de 1 à 5 étoiles.
answer-error-product-stars = Donne au produit de 1 à 5 étoiles.
answer-error-review = Écris ton avis : 4 000 caractères au plus.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Salut,
mail-invite-subject = { $brand } t’invite à rejoindre { $cohort }
mail-invite-intro = { $brand } t’invite à rejoindre { $cohort }, un groupe privé sur Cohorts.
mail-invite-open = Voir le groupe et le rejoindre
mail-invite-personal = { $days ->
    [one] Ouvre ce lien pour découvrir de quoi il s’agit et rejoindre le groupe. Il est personnel et fonctionne { $days } jour :
   *[other] Ouvre ce lien pour découvrir de quoi il s’agit et rejoindre le groupe. Il est personnel et fonctionne { $days } jours :
}
mail-invite-ignore = Si tu ne t’attendais pas à ce message, tu peux l’ignorer : rien ne se passe tant que tu n’ouvres pas le lien pour rejoindre le groupe.
mail-invite-stop = Tu ne veux pas de rappels pour cette invitation ? Désactive-les :
mail-reminder-subject = Rappel : { $brand } t’invite à rejoindre { $cohort }
mail-reminder-intro = Petit rappel : { $brand } t’a invité·e à rejoindre { $cohort }, un groupe privé sur Cohorts.
mail-reminder-again = Voici à nouveau ton lien d’invitation (celui du message précédent ne fonctionne plus) :
mail-reminder-stop = Tu ne veux pas de ces rappels ? Désactive-les :

# Above a form that came back with problems.
form-problems = { $count ->
    [one] Il y a un problème dans le formulaire :
   *[other] Il y a { $count } problèmes dans le formulaire :
}

# A personal link that opens nothing.
error-stale-link-title = Ce lien personnel ne fonctionne plus
error-stale-link = Un lien personnel cesse de fonctionner quand un plus récent est envoyé (seul le dernier fonctionne) ou quand son membre quitte le groupe. Redemande le tien par e-mail, avec l’adresse utilisée pour rejoindre le groupe.

# What "My data" shows of what is kept.
data-you-heading = Ce que nous gardons sur toi
data-name = Pseudo
data-email = E-mail
data-email-none = non indiqué
data-city = Ville
data-born = Naissance
data-born-value = { $month } { $year }
data-country = Pays
data-guardian = Accord d’un parent ou tuteur
data-guardian-given = Donné à ton arrivée
data-guardian-none = Pas nécessaire à ton âge
data-joined = Arrivée dans le groupe

# The welcome page's copy button and notes.
welcome-copy = Copier
welcome-copied = Copié
welcome-mailed = Nous te l’avons aussi envoyé par e-mail.
welcome-home-screen = Astuce : ajoute cette page à ton écran d’accueil (menu Partager ou ⋮ du navigateur, puis « Sur l’écran d’accueil ») pour ouvrir ton groupe comme une appli.

# Sharing drops, and the public page a share link opens.
share-nav = À partager
share-title = Partager des drops
share-notice = Quand tu fais passer un drop, nous comptons combien de fois ton lien est ouvert — additionné avec d'autres personnes de ta ville et de ta tranche d'âge, jamais montré pour toi seul. Nous ne savons jamais qui l'ouvre : pas de noms, pas d'adresses, pas de cookies sur les téléphones de tes amis. Le partage reste désactivé tant que tu ne l'actives pas.
share-on = Le partage est activé. Chaque drop ci-dessous a un lien à toi à coller dans n'importe quelle discussion. Tu peux le désactiver à tout moment ; les liens déjà envoyés continuent de marcher.
share-off = Le partage est désactivé. Active-le pour avoir un lien à toi pour chaque drop.
share-turn-on = Activer le partage
share-turn-off = Désactiver le partage
share-turned-on = Le partage est activé : prends un lien pour n'importe quel drop ci-dessous.
share-turned-off = Le partage est désactivé. Les liens déjà envoyés continuent de marcher.
share-empty = Pas encore de drop. Quand les organisateurs en publient un, il apparaît ici.
share-get-link = Obtenir mon lien
share-your-link = Ton lien
share-product = Produit : { $product }
landing-from = De { $brand }
landing-pass-on = Fais passer
landing-pass-on-text = Envoie ce lien à un ami. Il montre jusqu'où le drop voyage et ne dit rien sur toi ni sur lui.
landing-private = Cette page ne dépose aucun cookie et ne garde rien sur toi.
data-sharing = Partage des drops
data-sharing-on = Activé depuis le { $date }
data-sharing-off = Désactivé
landing-open = Le voir sur { $site }
member-closed-notice = Ce groupe est fermé. Tu peux encore le lire et télécharger tes données (dans « Mes données ») jusqu’au { $date } ; ce jour-là, tout ce qu’il contient sera supprimé.

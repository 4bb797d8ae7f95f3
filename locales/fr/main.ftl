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

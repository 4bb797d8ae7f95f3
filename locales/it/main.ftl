# Cohorts, lato membri: italiano.

## The frame of every page

nav-main = Principale
nav-my-cohort = Il mio gruppo
nav-my-data = I miei dati
sign-out = Esci
footer = Cohorts · community private di membri. Quello che i membri condividono resta nel loro gruppo.
language-label = Lingua
language-change = Cambia

## Error pages

error-code = Errore { $status }
error-start-page = Vai alla pagina iniziale
error-not-found-title = Pagina non trovata
error-not-found = Qui non c’è niente. Il link potrebbe essere scritto male, oppure ciò a cui puntava è stato rimosso.
error-bad-request-title = Non è stato possibile capire la richiesta
error-forbidden-title = Non consentito
error-gone-title = Questo link non funziona più
error-conflict-title = Non è stato possibile farlo
error-closed-title = Questo gruppo è chiuso
error-closed = Gli organizzatori hanno chiuso questo gruppo: puoi ancora leggerlo e scaricare i tuoi dati, ma nessuno può più pubblicare, rispondere o unirsi.
error-duplicate-title = Già inviato
error-duplicate = Questo modulo è già stato inviato una volta, quindi non è stato fatto altro. Se sei entrato in un gruppo, apri il tuo link personale o richiedilo di nuovo via e-mail su /link.
error-login-title = Accedi
error-login = Accedi per vedere questa pagina.
error-too-many-title = Troppi tentativi
error-too-many = Ci sono stati troppi tentativi dal tuo indirizzo. Aspetta un minuto e riprova.
error-too-large-title = Troppo grande
error-too-large = Quello che hai inviato è più grande di quanto questo modulo accetti. Accorcialo e riprova.
error-unavailable-title = Cohorts non è disponibile per un momento
error-unavailable = Il database non risponde in questo momento. Niente di ciò che hai inviato è stato salvato; riprova tra qualche secondo.
error-busy-title = Cohorts è occupato
error-busy = Stanno arrivando molte foto insieme. Niente di ciò che hai inviato è stato salvato; torna indietro e invialo di nuovo tra un minuto.
error-internal-title = Qualcosa è andato storto da parte nostra
error-internal = Il problema è stato registrato. Riprova.

## Joining

join-invited-by = Ti invita
join-about = Tema:
join-private = Un gruppo privato di al massimo qualche centinaio di persone. Quello che pubblichi lo vedono gli altri membri e il team di { $brand }, non viene mai reso pubblico. { $seats ->
    [one] Resta { $seats } posto.
   *[other] Restano { $seats } posti.
}
join-heading = Entra
join-display-name = Nome visibile (quello che vedono gli altri membri; non serve il tuo vero nome)
join-city = La tua città
join-choose = Scegli…
join-born = Quando sei nato/a? (conserviamo solo anno e mese)
join-month = Mese
join-year = Anno
join-country = Paese in cui vivi
join-email = E-mail (facoltativa: per ricevere il tuo link personale via e-mail, e uno nuovo se lo perdi)
join-guardian = Ho meno dell’età del consenso digitale del posto in cui vivo (16 anni in molti paesi), e un genitore o tutore ha letto questa pagina ed è d’accordo che io entri.
join-consent = Accetto che quello che pubblico qui sia condiviso con i membri del gruppo e con { $brand }, e che la mia città e la mia fascia d’età siano usate in dati anonimi. Posso scaricare i miei dati o uscire in qualsiasi momento.
join-button = Entra in { $cohort }

month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre

## The welcome page, once joined

welcome-title = Benvenuto/a in { $cohort }!
welcome-link = Questo è il tuo link personale. È la tua chiave per il gruppo: tienilo per te e salvalo nei preferiti, perché viene mostrato solo questa volta.
welcome-link-label = Il tuo link personale
welcome-go = Vai al mio gruppo

## Pages of a list

pager-label = Pagine
pager-newer = ← Più recenti
pager-older = Meno recenti →
pager-page = Pagina { $page } di { $pages }

## The member's page

home-todo = Da fare
todo-open = Da fare
todo-done-changeable = Fatto: puoi ancora modificarlo
todo-done = Fatto
todo-closed = Chiuso
todo-due = scadenza { $due }
home-hidden-title = { $count ->
    [one] Uno dei tuoi post non è visibile al gruppo
   *[other] Alcuni dei tuoi post non sono visibili al gruppo
}
home-hidden-why = { $count ->
    [one] Gli altri membri non lo vedono. Ecco perché:
   *[other] Gli altri membri non li vedono. Ecco perché:
}
home-hidden-when = nascosto il { $when }
home-hidden-mistake = Se pensi che sia un errore, chiedi a chi organizza il gruppo.
home-sent-title = { $product } sta arrivando
home-sent-text = Gli organizzatori l’hanno spedito il { $when }. Quando arriva, diglielo e potrai recensirlo qui.
home-sent-text-early = Gli organizzatori l’hanno spedito il { $when }. Quando arriva, diglielo e potrai recensirlo qui prima di tutti.
home-sent-button = Ricevuto
home-share = Condividi qualcosa
home-publish = Pubblica nel gruppo
home-feed = Bacheca del gruppo
home-feed-empty = Qui non c’è ancora niente. Inizia tu: racconta cosa pensi di { $theme }.
post-edit = Modifica
post-delete = Elimina
post-report = Segnala

## Writing a post

post-what = Cosa condividi?
post-kind-post = Un post
post-kind-review = Una recensione di un prodotto
post-product = Prodotto (per le recensioni)
post-no-products = Non ci sono ancora prodotti da recensire: li aggiungono gli organizzatori.
post-rating = Voto (per le recensioni)
post-stars = { $stars ->
    [one] { $stars } stella
   *[other] { $stars } stelle
}
post-title = Titolo della recensione
post-body = Il tuo testo
post-photos = Foto (fino a 6: JPEG, PNG o WebP, 10 MB ciascuna)
post-photos-private = La posizione e gli altri dati nascosti nelle tue foto vengono rimossi prima che qualcuno le veda.

## A post in the feed

feed-minor = minore
feed-minor-hint = Aveva meno di 18 anni quando l’ha scritto
feed-reviewed = ha recensito
feed-edited = (modificato)
feed-stars-label = { $rating } stelle su 5
feed-photo-alt = Foto { $n } di { $count } di { $author }
feed-hidden = Nascosto ai membri: { $reason }

## What the join form says when something is missing or wrong

join-error-name = Scegli un nome visibile da 2 a 40 caratteri.
join-error-city = Scegli la tua città dall’elenco.
join-error-year = Scrivi il tuo anno di nascita, per esempio 2008.
join-error-month = Scegli il tuo mese di nascita.
join-error-birth-impossible = Quell’anno di nascita non è possibile.
join-error-country = Scegli dall’elenco il paese in cui vivi.
join-error-email = Non sembra un indirizzo e-mail: controllalo o lascia il campo vuoto.
join-error-consent = Leggi e spunta questa casella per entrare.
join-error-too-young = I membri devono avere almeno { $age } anni.
join-error-guardian = In questo paese ({ $country }) per entrare prima dei { $age } anni serve il consenso di un genitore o tutore. Chiedigli di leggere questa pagina e spuntare la casella.

## Pulsanti comuni a molte pagine

cancel = Annulla

## I miei dati

data-title = I miei dati
data-keeps = Cohorts conserva il tuo nome visibile, la città, l'anno e il mese di nascita, il paese, il consenso che hai dato e ciò che hai pubblicato in { $cohort }.
data-download = Scarica tutto (JSON)
data-reminders = Email di promemoria
data-reminders-on = Ti scriviamo quando gli organizzatori chiedono qualcosa al gruppo (e al massimo due volte prima della scadenza, se non hai risposto), e un breve promemoria se non pubblichi da due settimane.
data-reminders-off = Hai disattivato i promemoria: nessuna email su nuove attività o settimane tranquille.
data-reminders-turn-off = Disattiva i promemoria
data-reminders-turn-on = Attiva i promemoria
data-no-email = Sei entrato/a senza indirizzo email, quindi non ti scriviamo mai.
data-zone-heading = Fuso orario
data-zone-text = Il tuo paese: { $country }. Gli orari nelle tue pagine e nelle nostre email sono mostrati in { $zone }.
data-zone-label = Il tuo fuso orario
data-zone-save = Salva il fuso orario
data-zone-error = Scegli uno dei fusi orari dell'elenco.
data-another-country = un altro paese
data-leave-heading = Lascia il gruppo
data-leave-text = Uscire cancella la tua iscrizione e tutto ciò che hai pubblicato, da ogni pagina e da ogni numero. Non si può annullare.
data-leave-button = Lascia { $cohort }…
flash-zone-saved = Salvato: gli orari sono mostrati nel fuso che hai scelto.
flash-reminders-on = I promemoria sono attivi.
flash-reminders-off = I promemoria sono disattivati. Non ti scriveremo per invitarti a pubblicare.

## Lasciare il gruppo

leave-heading = Lasciare { $cohort }?
leave-text = La tua iscrizione e tutto ciò che hai pubblicato saranno cancellati, da ogni pagina e da ogni numero. Il tuo link personale smetterà di funzionare. Non si può annullare.
leave-button = Esci e cancella i miei dati
flash-left = Hai lasciato il gruppo e i tuoi dati sono stati cancellati.

## Modificare, eliminare e segnalare un post

edit-title = Modifica il tuo post
edit-save = Salva le modifiche
flash-edited = Le tue modifiche sono salvate.
delete-title = Elimina il post
delete-heading = Eliminare questo post?
delete-text = Sparisce dal feed del gruppo per tutti. Non si può annullare.
flash-deleted = Post eliminato.
flash-shared = Condiviso con il tuo gruppo.
flash-held = Salvato, ma non ancora mostrato al gruppo: sembra contenere dati personali, quindi gli organizzatori lo controlleranno prima. Sotto trovi il motivo.
flash-received = Grazie per avercelo detto. Ora puoi recensire { $product }: scegli “Una recensione di prodotto” qui sotto.
report-title = Segnala un post
report-text = Di' agli organizzatori cosa non va. Lo guarderanno e possono nasconderlo al gruppo. Chi l'ha scritto non sa chi l'ha segnalato.
report-legend = Cosa non va?
report-bullying = È cattivo o è bullismo
report-personal-details = Rivela dati personali
report-inappropriate = Non è adatto a questo gruppo
report-spam = È spam o pubblicità
report-other = C'è qualcos'altro che non va
report-send = Invia la segnalazione
report-error = Scegli cosa non va nel post.
flash-reported = Grazie. Gli organizzatori guarderanno il post; chi l'ha scritto non sa chi l'ha segnalato.
flash-reported-again = Hai già segnalato questo post; gli organizzatori lo guarderanno.

## Ricevere di nuovo il link personale

link-title = Ricevi di nuovo il tuo link personale
link-sent = Se quell'indirizzo appartiene a un membro di un gruppo, un nuovo link personale è in arrivo. Controlla la posta in arrivo e lo spam. Il vecchio link smette di funzionare quando arriva quello nuovo.
link-intro = Scrivi l'indirizzo email che hai dato quando sei entrato/a. Ti invieremo un nuovo link personale; il vecchio smette di funzionare.
link-email = Indirizzo email
link-send = Inviami il mio link
link-no-email = Sei entrato/a senza email? Chiedi un nuovo invito all'organizzatore del gruppo.
link-error-email = Questo indirizzo email non è valido: controllalo e riprova.

## Smettere di ricevere i promemoria

stop-title = Promemoria via email
stop-button = Disattivali
stop-done = Fatto
stop-nudges-heading = Smettere di ricevere i promemoria?
stop-nudges-text = Scriviamo ai membri quando gli organizzatori chiedono qualcosa al gruppo (e al massimo due volte prima della scadenza, se non hanno risposto), e quando non pubblicano da due settimane. Un clic e non lo faremo più; puoi riattivarli dalla pagina “I miei dati” del tuo gruppo.
stop-nudges-done = Non ti invieremo più promemoria. Puoi riattivarli dalla pagina “I miei dati” del tuo gruppo.
stop-invite-heading = Smettere di ricevere promemoria per questo invito?
stop-invite-text = Ricordiamo un invito non accettato al massimo due volte. Un clic e non lo faremo più.
stop-invite-done = Non ti ricorderemo più questo invito.

## The start page

start-title = Benvenuto
start-about = Community private dove i membri di un brand condividono post, foto e recensioni in prima persona, lontano dai social pubblici.
start-member = Sei un membro?
start-open-link = Apri il link personale che hai ricevuto quando sei entrato/a. Ti porta dritto al tuo gruppo, senza password.
start-lost-link = Hai perso il tuo link personale? Ricevilo di nuovo via email
start-staff = Gestisci dei gruppi?
start-sign-in = Accesso per lo staff

## Mails to members

mail-hi = Ciao { $name },
mail-sign-off = — Cohorts, per { $brand }
mail-link-subject = Il tuo link personale per { $cohort }
mail-link-intro = Ecco il tuo link personale per { $cohort } ({ $brand }):
mail-link-open = Apri il mio gruppo
mail-link-key = È la tua chiave del gruppo: tienilo per te e salvalo nei preferiti. Se avevi un link precedente, non funziona più.
mail-link-ignore = Se non l’hai chiesto tu, ignora questo messaggio; il tuo account resta com’è.
mail-link-stop = Non vuoi email che ti ricordano di pubblicare? Disattivale:
mail-turn-off = Disattivale
mail-nudge-subject = Che novità ci sono, { $name }?
mail-nudge-text = È da un po’ che non pubblichi in { $cohort }. Cosa stai facendo con { $theme }? { $brand } vorrebbe saperlo, nel bene o nel male.
mail-open-link = Apri il tuo link personale per pubblicare. Perso? Richiedine uno nuovo qui:
mail-nudge-stop = Non vuoi questi promemoria? Disattivali con un clic:
mail-activity-subject-new = { $brand } chiede a { $cohort }: { $title }
mail-activity-subject-reminder = Aperta fino al { $due }: { $title }
mail-activity-subject-review = La tua recensione di { $product } scade il { $due }
mail-activity-new = { $brand } ha una nuova attività per { $cohort }: “{ $title }”. Rispondi entro il { $due }; fino ad allora puoi cambiare le risposte.
mail-activity-reminder = “{ $title }” in { $cohort } è aperta fino al { $due } e non hai ancora risposto. Bastano pochi minuti, e puoi anche saltarla.
mail-activity-review = La tua recensione di { $product } per “{ $title }” in { $cohort } scade il { $due }: qualche stella, qualche parola e, se vuoi, una foto. Puoi anche saltarla.
mail-activity-find = Apri il tuo link personale e trovala in “Da fare”. Link perso? Richiedine uno nuovo qui:
mail-activity-stop = Non vuoi queste email? Disattivale con un clic:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d %b %Y
time-format = %-d %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Il tuo gruppo
act-due = Scadenza: { $due }
act-answered = Hai risposto
act-check = Alcune risposte vanno riviste: guarda i messaggi qui sotto.
act-your-answer = La tua risposta
act-photos-so-far = Le tue foto finora (scegline altre per sostituirle):
act-photo-alt = La tua foto { $n }
act-photos = Foto (fino a { $count }: JPEG, PNG o WebP, 10 MB ciascuna)
act-sent-product = Ti è arrivato { $product }: com’è?
act-stars-for = Le tue stelle per { $product }
act-stars = Stelle…
act-your-review = La tua recensione
act-photos-optional = Foto (facoltative, fino a { $count })
act-not-sent = Questa parte è per chi ha ricevuto { $product }; qui non c’è niente da fare.
act-other = Altro
act-what-other = Quale altro
act-say-what = Di’ quale
act-rank-hint = Dai un posto a ogni carta: 1 per quella che ti piace di più.
act-place = Posto…
act-others = Cosa ha risposto il gruppo finora:
act-save = Salva le mie modifiche
act-send = Invia le mie risposte
act-others-later = Vedrai cosa hanno risposto gli altri dopo aver risposto tu.
act-late = La scadenza è passata: le tue risposte restano come sono.
act-closed = È chiusa: non si accettano più risposte. Grazie a tutti quelli che hanno risposto.
flash-answers-updated = Le tue risposte sono aggiornate.
flash-answers-in = Grazie! Le tue risposte sono arrivate.

## What the post form says when something is missing or wrong

post-error-body = Scrivi il tuo testo: da 1 a 5.000 caratteri.
post-error-title = Dai alla tua recensione un titolo di massimo 120 caratteri.
post-error-rating = Scegli da 1 a 5 stelle.
post-error-product = Scegli dall’elenco il prodotto che stai recensendo.
post-error-no-product = Non ci sono ancora prodotti da recensire: li aggiungono gli organizzatori. Condividi un post.
post-error-kind = Scegli post o recensione.
post-error-limit = Hai condiviso { $count } post nell’ultima ora, il massimo. Il tuo testo è qui sotto: rimandalo tra poco.
photo-too-many = Aggiungi al massimo { $max } foto a un post (ne hai scelte { $count }).
photo-too-large = «{ $file }» supera i 10 MB.
photo-not-an-image = «{ $file }» non è una foto (JPEG, PNG o WebP).
photo-heic = «{ $file }» è una foto HEIC, che Cohorts non sa ancora leggere: salvala come JPEG e riprova.
photo-too-many-pixels = «{ $file }» supera i 40 megapixel.
photo-damaged = Impossibile leggere «{ $file }»: il file potrebbe essere danneggiato.
photo-kept = Il tuo testo è stato conservato; scegli di nuovo le foto.
answer-error-text = Scrivi la tua risposta: al massimo 4.000 caratteri.
answer-error-no-photo = Aggiungi almeno una foto.
answer-error-too-many-photos = Aggiungi al massimo { $max } foto.
answer-error-choose-one = Scegli una risposta.
answer-error-choose-some = Scegli almeno una risposta.
answer-error-other = Di’ cos’è «Altro», in al massimo 200 caratteri.
answer-error-same-place = Dai a ogni carta il suo posto: due carte hanno il numero { $n }.
answer-error-every-place = Dai a ogni carta un posto da 1 a { $count }.
answer-error-every-card = Dai a ogni carta da 1 a 5 stelle.
answer-error-product-stars = Dai al prodotto da 1 a 5 stelle.
answer-error-review = Scrivi la tua recensione: al massimo 4.000 caratteri.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Ciao,
mail-invite-subject = { $brand } ti invita a entrare in { $cohort }
mail-invite-intro = { $brand } ti invita a entrare in { $cohort }, un gruppo privato su Cohorts.
mail-invite-open = Scopri il gruppo ed entra
mail-invite-personal = { $days ->
    [one] Apri questo link per scoprire di cosa si tratta ed entrare. È personale e vale per { $days } giorno:
   *[other] Apri questo link per scoprire di cosa si tratta ed entrare. È personale e vale per { $days } giorni:
}
mail-invite-ignore = Se non te lo aspettavi, puoi ignorare questo messaggio: non succede nulla finché non apri il link ed entri.
mail-invite-stop = Non vuoi promemoria per questo invito? Disattivali:
mail-reminder-subject = Promemoria: { $brand } ti invita a entrare in { $cohort }
mail-reminder-intro = Un promemoria: { $brand } ti ha invitato a entrare in { $cohort }, un gruppo privato su Cohorts.
mail-reminder-again = Ecco di nuovo il tuo link di invito (quello del messaggio precedente non funziona più):
mail-reminder-stop = Non vuoi questi promemoria? Disattivali:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] C’è un problema nel modulo:
   *[other] Ci sono { $count } problemi nel modulo:
}

# A personal link that opens nothing.
error-stale-link-title = Questo link personale non funziona più
error-stale-link = Un link personale smette di funzionare quando ne viene inviato uno più recente (funziona solo l’ultimo) o quando il suo membro lascia il gruppo. Richiedi di nuovo il tuo via email, con l’indirizzo con cui ti sei iscritto.

# What "My data" shows of what is kept.
data-you-heading = Cosa conserviamo di te
data-name = Nome visibile
data-email = Indirizzo email
data-email-none = non indicata
data-city = Città
data-born = Nascita
data-born-value = { $month } { $year }
data-country = Paese
data-guardian = Consenso di un genitore o tutore
data-guardian-given = Dato all’iscrizione
data-guardian-none = Non necessario alla tua età
data-joined = Iscrizione

# The welcome page's copy button and notes.
welcome-copy = Copia
welcome-copied = Copiato
welcome-mailed = Te l’abbiamo anche inviato via email.
welcome-home-screen = Suggerimento: aggiungi questa pagina alla schermata Home (menu Condividi o ⋮ del browser, poi “Aggiungi a schermata Home”) per aprire il gruppo come un’app.

# Sharing drops, and the public page a share link opens.
share-nav = Da condividere
share-title = Condividi i drop
share-notice = Quando passi un drop, contiamo quante volte viene aperto il tuo link — sommato con altre persone della tua città e fascia d'età, mai mostrato solo per te. Non sappiamo mai chi lo apre: niente nomi, niente indirizzi, niente cookie sui telefoni dei tuoi amici. La condivisione è spenta finché non la accendi.
share-on = La condivisione è attiva. Ogni drop qui sotto ha un tuo link da incollare in qualsiasi chat. Puoi spegnerla quando vuoi; i link già inviati continuano a funzionare.
share-off = La condivisione è spenta. Accendila per avere un tuo link per ogni drop.
share-turn-on = Attiva la condivisione
share-turn-off = Disattiva la condivisione
share-turned-on = La condivisione è attiva: prendi un link per qualsiasi drop qui sotto.
share-turned-off = La condivisione è spenta. I link già inviati continuano a funzionare.
share-empty = Ancora nessun drop. Quando gli organizzatori ne pubblicano uno, appare qui.
share-get-link = Prendi il mio link
share-your-link = Il tuo link
share-product = Prodotto: { $product }
landing-from = Da { $brand }
landing-pass-on = Passalo
landing-pass-on-text = Manda questo link a un amico. Mostra fin dove arriva il drop e non dice nulla di te o di lui.
landing-private = Questa pagina non usa cookie e non conserva nulla su di te.
data-sharing = Condivisione dei drop
data-sharing-on = Attiva dal { $date }
data-sharing-off = Spenta
landing-open = Guardalo su { $site }
member-closed-notice = Questo gruppo è chiuso. Puoi ancora leggerlo e scaricare i tuoi dati (in «I miei dati») fino al { $date }; quel giorno tutto ciò che contiene sarà cancellato.

# Cohorts, Mitgliederseite: Deutsch.

## The frame of every page

nav-main = Hauptmenü
nav-my-cohort = Meine Gruppe
nav-my-data = Meine Daten
sign-out = Abmelden
footer = Cohorts · private Mitglieder-Communitys. Was Mitglieder teilen, bleibt in ihrer Gruppe.
language-label = Sprache
language-change = Wechseln

## Error pages

error-code = Fehler { $status }
error-start-page = Zur Startseite
error-not-found-title = Seite nicht gefunden
error-not-found = Hier ist nichts. Der Link ist vielleicht falsch geschrieben, oder das, worauf er zeigte, wurde entfernt.
error-bad-request-title = Diese Anfrage war nicht verständlich
error-forbidden-title = Nicht erlaubt
error-gone-title = Dieser Link funktioniert nicht mehr
error-conflict-title = Das ging nicht
error-closed-title = Diese Gruppe ist geschlossen
error-closed = Die Organisatoren haben diese Gruppe geschlossen: Du kannst sie weiter lesen und deine Daten herunterladen, aber niemand kann mehr posten, antworten oder beitreten.
error-duplicate-title = Schon gesendet
error-duplicate = Dieses Formular wurde schon einmal gesendet, deshalb ist nichts weiter passiert. Wenn du einer Gruppe beigetreten bist, öffne deinen persönlichen Link oder fordere ihn unter /link per E-Mail neu an.
error-login-title = Bitte anmelden
error-login = Melde dich an, um diese Seite zu sehen.
error-too-many-title = Zu viele Versuche
error-too-many = Von deiner Adresse kamen zu viele Versuche. Warte eine Minute und versuche es dann noch einmal.
error-too-large-title = Das war zu groß
error-too-large = Was du gesendet hast, ist größer, als dieses Formular annimmt. Kürze es und versuche es noch einmal.
error-unavailable-title = Cohorts ist kurz nicht erreichbar
error-unavailable = Die Datenbank antwortet gerade nicht. Nichts von dem, was du gesendet hast, wurde gespeichert; versuche es in ein paar Sekunden noch einmal.
error-busy-title = Cohorts ist ausgelastet
error-busy = Gerade kommen viele Fotos gleichzeitig an. Nichts von dem, was du gesendet hast, wurde gespeichert; geh zurück und sende es in einer Minute noch einmal.
error-internal-title = Bei uns ist etwas schiefgegangen
error-internal = Das Problem wurde protokolliert. Bitte versuche es noch einmal.

## Joining

join-invited-by = Du wirst eingeladen von
join-about = Thema:
join-private = Eine private Gruppe von höchstens einigen hundert Leuten. Was du postest, sehen die anderen Mitglieder und das Team von { $brand } – es wird nie veröffentlicht. { $seats ->
    [one] Noch { $seats } Platz frei.
   *[other] Noch { $seats } Plätze frei.
}
join-heading = Beitreten
join-display-name = Anzeigename (den sehen die anderen Mitglieder; dein echter Name ist nicht nötig)
join-city = Deine Stadt
join-choose = Auswählen…
join-born = Wann bist du geboren? (nur Jahr und Monat werden gespeichert)
join-month = Monat
join-year = Jahr
join-country = Land, in dem du lebst
join-email = E-Mail (freiwillig: damit du deinen persönlichen Link per E-Mail bekommst – und einen neuen, falls du ihn verlierst)
join-guardian = Ich bin jünger als das Alter der digitalen Einwilligung dort, wo ich lebe (in vielen Ländern 16), und meine Eltern oder mein Vormund haben diese Seite gelesen und sind einverstanden, dass ich beitrete.
join-consent = Ich bin einverstanden, dass das, was ich hier poste, mit den Mitgliedern der Gruppe und mit { $brand } geteilt wird und dass meine Stadt und Altersgruppe in anonymen Zahlen verwendet werden. Ich kann meine Daten jederzeit herunterladen oder austreten.
join-button = { $cohort } beitreten

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## The welcome page, once joined

welcome-title = Willkommen bei { $cohort }!
welcome-link = Das ist dein persönlicher Link. Er ist dein Schlüssel zur Gruppe: Behalte ihn für dich und speichere ihn als Lesezeichen, denn er wird nur dieses eine Mal angezeigt.
welcome-link-label = Dein persönlicher Link
welcome-go = Zu meiner Gruppe

## Pages of a list

pager-label = Seiten
pager-newer = ← Neuere
pager-older = Ältere →
pager-page = Seite { $page } von { $pages }

## The member's page

home-todo = Zu erledigen
todo-open = Offen
todo-done-changeable = Erledigt: du kannst es noch ändern
todo-done = Erledigt
todo-closed = Geschlossen
todo-due = fällig { $due }
home-hidden-title = { $count ->
    [one] Einer deiner Beiträge wird der Gruppe nicht gezeigt
   *[other] Einige deiner Beiträge werden der Gruppe nicht gezeigt
}
home-hidden-why = { $count ->
    [one] Die anderen Mitglieder sehen ihn nicht. Der Grund:
   *[other] Die anderen Mitglieder sehen sie nicht. Der Grund:
}
home-hidden-when = ausgeblendet am { $when }
home-hidden-mistake = Wenn du glaubst, dass das ein Fehler ist, frag die Leute, die die Gruppe betreuen.
home-sent-title = { $product } ist unterwegs zu dir
home-sent-text = Das Team hat es am { $when } verschickt. Sag Bescheid, sobald es ankommt – dann kannst du es hier bewerten.
home-sent-text-early = Das Team hat es am { $when } verschickt. Sag Bescheid, sobald es ankommt – dann kannst du es hier bewerten, noch bevor es alle anderen können.
home-sent-button = Ist angekommen
home-share = Teile etwas
home-publish = In der Gruppe veröffentlichen
home-feed = Gruppen-Feed
home-feed-empty = Hier ist noch nichts. Sei die erste Person: Erzähl, was du über { $theme } denkst.
post-edit = Bearbeiten
post-delete = Löschen
post-report = Melden

## Writing a post

post-what = Was teilst du?
post-kind-post = Einen Beitrag
post-kind-review = Eine Produktbewertung
post-product = Produkt (für Bewertungen)
post-no-products = Es gibt noch kein Produkt zum Bewerten: Das Team fügt sie hinzu.
post-rating = Bewertung (für Bewertungen)
post-stars = { $stars ->
    [one] { $stars } Stern
   *[other] { $stars } Sterne
}
post-title = Titel der Bewertung
post-body = Dein Text
post-photos = Fotos (bis zu 6: JPEG, PNG oder WebP, je 10 MB)
post-photos-private = Standort und andere versteckte Daten in deinen Fotos werden entfernt, bevor jemand sie sieht.

## A post in the feed

feed-minor = unter 18
feed-minor-hint = Beim Schreiben unter 18
feed-reviewed = hat bewertet:
feed-edited = (bearbeitet)
feed-stars-label = { $rating } von 5 Sternen
feed-photo-alt = Foto { $n } von { $count } von { $author }
feed-hidden = Für Mitglieder ausgeblendet: { $reason }

## What the join form says when something is missing or wrong

join-error-name = Gib einen Anzeigenamen mit 2 bis 40 Zeichen ein.
join-error-city = Wähle deine Stadt aus der Liste.
join-error-year = Gib dein Geburtsjahr ein, zum Beispiel 2008.
join-error-month = Wähle deinen Geburtsmonat.
join-error-birth-impossible = Dieses Geburtsjahr ist nicht möglich.
join-error-country = Wähle das Land, in dem du lebst, aus der Liste.
join-error-email = Das sieht nicht wie eine E-Mail-Adresse aus: Prüf sie oder lass das Feld leer.
join-error-consent = Bitte lies dies und setz das Häkchen, um beizutreten.
join-error-too-young = Mitglieder müssen mindestens { $age } Jahre alt sein.
join-error-guardian = In diesem Land ({ $country }) brauchst du unter { $age } Jahren das Einverständnis deiner Eltern oder deines Vormunds. Bitte sie, diese Seite zu lesen und das Häkchen zu setzen.

## Schaltflächen, die viele Seiten teilen

cancel = Abbrechen

## Meine Daten

data-title = Meine Daten
data-keeps = Cohorts speichert deinen Anzeigenamen, deine Stadt, dein Geburtsjahr und deinen Geburtsmonat, dein Land, deine Einwilligung und was du in { $cohort } gepostet hast.
data-download = Alles herunterladen (JSON)
data-reminders = Erinnerungs-E-Mails
data-reminders-on = Wir schreiben dir, wenn die Organisatoren die Gruppe etwas fragen (und höchstens zweimal vor der Frist, wenn du noch nicht geantwortet hast), und eine kurze Erinnerung, wenn du zwei Wochen lang nichts gepostet hast.
data-reminders-off = Du hast die Erinnerungen ausgeschaltet: keine E-Mails zu neuen Aktivitäten oder ruhigen Wochen.
data-reminders-turn-off = Erinnerungen ausschalten
data-reminders-turn-on = Erinnerungen einschalten
data-no-email = Du bist ohne E-Mail-Adresse beigetreten, deshalb schreiben wir dir nie.
data-zone-heading = Zeitzone
data-zone-text = Dein Land: { $country }. Zeiten auf deinen Seiten und in unseren E-Mails stehen in { $zone }.
data-zone-label = Deine Zeitzone
data-zone-save = Zeitzone speichern
data-zone-error = Wähle eine der Zeitzonen aus der Liste.
data-another-country = ein anderes Land
data-leave-heading = Die Gruppe verlassen
data-leave-text = Wenn du gehst, werden deine Mitgliedschaft und alles, was du gepostet hast, gelöscht, von jeder Seite und aus jeder Zahl. Das lässt sich nicht rückgängig machen.
data-leave-button = { $cohort } verlassen…
flash-zone-saved = Gespeichert: Zeiten stehen jetzt in der gewählten Zone.
flash-reminders-on = Erinnerungen sind eingeschaltet.
flash-reminders-off = Erinnerungen sind ausgeschaltet. Wir schreiben dir nicht mehr wegen Beiträgen.

## Die Gruppe verlassen

leave-heading = { $cohort } verlassen?
leave-text = Deine Mitgliedschaft und alles, was du gepostet hast, werden gelöscht, von jeder Seite und aus jeder Zahl. Dein persönlicher Link funktioniert dann nicht mehr. Das lässt sich nicht rückgängig machen.
leave-button = Verlassen und meine Daten löschen
flash-left = Du hast die Gruppe verlassen und deine Daten wurden gelöscht.

## Einen Beitrag bearbeiten, löschen und melden

edit-title = Beitrag bearbeiten
edit-save = Änderungen speichern
flash-edited = Deine Änderungen sind gespeichert.
delete-title = Beitrag löschen
delete-heading = Diesen Beitrag löschen?
delete-text = Er verschwindet für alle aus dem Feed der Gruppe. Das lässt sich nicht rückgängig machen.
flash-deleted = Beitrag gelöscht.
flash-shared = Mit deiner Gruppe geteilt.
flash-held = Gespeichert, aber der Gruppe noch nicht gezeigt: Er scheint persönliche Daten zu enthalten, deshalb prüfen die Organisatoren ihn zuerst. Unten steht, warum.
flash-received = Danke für die Nachricht. Du kannst { $product } jetzt bewerten: Wähle unten „Eine Produktbewertung“.
report-title = Einen Beitrag melden
report-text = Sag den Organisatoren, was nicht stimmt. Sie sehen ihn sich an und können ihn vor der Gruppe verbergen. Wer ihn geschrieben hat, erfährt nicht, wer ihn gemeldet hat.
report-legend = Was stimmt damit nicht?
report-bullying = Er ist gemein oder Mobbing
report-personal-details = Er verrät persönliche Daten
report-inappropriate = Er passt nicht in diese Gruppe
report-spam = Er ist Spam oder Werbung
report-other = Etwas anderes stimmt nicht
report-send = Meldung senden
report-error = Wähle, was mit dem Beitrag nicht stimmt.
flash-reported = Danke. Die Organisatoren sehen sich den Beitrag an; wer ihn geschrieben hat, erfährt nicht, wer ihn gemeldet hat.
flash-reported-again = Du hast diesen Beitrag schon gemeldet; die Organisatoren sehen ihn sich an.

## Den persönlichen Link neu bekommen

link-title = Deinen persönlichen Link neu bekommen
link-sent = Wenn diese Adresse zu einem Mitglied einer Gruppe gehört, ist ein neuer persönlicher Link unterwegs. Sieh in deinem Posteingang und im Spam-Ordner nach. Dein alter Link funktioniert nicht mehr, sobald der neue verschickt ist.
link-intro = Gib die E-Mail-Adresse ein, die du beim Beitritt angegeben hast. Wir schicken dir einen neuen persönlichen Link; der alte funktioniert dann nicht mehr.
link-email = E-Mail
link-send = Schick mir meinen Link
link-no-email = Ohne E-Mail beigetreten? Bitte die Organisatoren der Gruppe um eine neue Einladung.
link-error-email = Das ist keine gültige E-Mail-Adresse: Prüfe sie und versuche es noch einmal.

## Erinnerungs-E-Mails abbestellen

stop-title = Erinnerungen per E-Mail
stop-button = Ausschalten
stop-done = Erledigt
stop-nudges-heading = Erinnerungen abbestellen?
stop-nudges-text = Wir schreiben Mitgliedern, wenn die Organisatoren die Gruppe etwas fragen (und höchstens zweimal vor der Frist, wenn sie nicht geantwortet haben), und wenn sie zwei Wochen lang nichts gepostet haben. Ein Klick und wir tun es nicht mehr; auf der Seite „Meine Daten“ deiner Gruppe kannst du sie wieder einschalten.
stop-nudges-done = Wir schicken dir keine Erinnerungen mehr. Auf der Seite „Meine Daten“ deiner Gruppe kannst du sie wieder einschalten.
stop-invite-heading = Erinnerungen an diese Einladung abbestellen?
stop-invite-text = Wir erinnern höchstens zweimal an eine nicht angenommene Einladung. Ein Klick und wir tun es nicht mehr.
stop-invite-done = Wir erinnern dich nicht mehr an diese Einladung.

## The start page

start-title = Willkommen
start-about = Private Communitys, in denen die Mitglieder einer Marke Beiträge, Fotos und Bewertungen aus erster Hand teilen, fern von öffentlichen sozialen Medien.
start-member = Bist du Mitglied?
start-open-link = Öffne den persönlichen Link, den du beim Beitritt bekommen hast. Er führt dich direkt zu deiner Gruppe, ohne Passwort.
start-lost-link = Persönlichen Link verloren? Per E-Mail neu anfordern
start-staff = Betreust du Gruppen?
start-sign-in = Anmeldung für das Team

## Mails to members

mail-hi = Hallo { $name },
mail-sign-off = — Cohorts, für { $brand }
mail-link-subject = Dein persönlicher Link zu { $cohort }
mail-link-intro = Hier ist dein persönlicher Link zu { $cohort } ({ $brand }):
mail-link-open = Meine Gruppe öffnen
mail-link-key = Er ist dein Schlüssel zur Gruppe: Behalte ihn für dich und speichere ihn als Lesezeichen. Ein früherer Link funktioniert nicht mehr.
mail-link-ignore = Wenn du das nicht angefordert hast, ignoriere diese Nachricht; dein Konto bleibt, wie es ist.
mail-link-stop = Keine E-Mails mehr, die ans Posten erinnern? Hier ausschalten:
mail-turn-off = Ausschalten
mail-nudge-subject = Was gibt’s Neues, { $name }?
mail-nudge-text = Dein letzter Beitrag in { $cohort } ist eine Weile her. Was machst du gerade mit { $theme }? { $brand } würde es gern hören, ob gut oder schlecht.
mail-open-link = Öffne deinen persönlichen Link, um zu posten. Verloren? Hier gibt’s einen neuen:
mail-nudge-stop = Keine Erinnerungen mehr? Mit einem Klick ausschalten:
mail-activity-subject-new = { $brand } fragt { $cohort }: { $title }
mail-activity-subject-reminder = Offen bis { $due }: { $title }
mail-activity-subject-review = Deine Bewertung von { $product } ist bis { $due } fällig
mail-activity-new = { $brand } hat eine neue Aktivität für { $cohort }: „{ $title }“. Antworte bis { $due }; bis dahin kannst du deine Antworten ändern.
mail-activity-reminder = „{ $title }“ in { $cohort } ist noch bis { $due } offen, und du hast noch nicht geantwortet. Es dauert nur ein paar Minuten, und du darfst es auch auslassen.
mail-activity-review = Deine Bewertung von { $product } für „{ $title }“ in { $cohort } ist bis { $due } fällig: ein paar Sterne, ein paar Worte und, wenn du magst, ein Foto. Du darfst es auch auslassen.
mail-activity-find = Öffne deinen persönlichen Link und finde sie unter „Zu erledigen“. Link verloren? Hier gibt’s einen neuen:
mail-activity-stop = Keine solchen E-Mails mehr? Mit einem Klick ausschalten:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d. %b %Y
time-format = %-d. %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Deine Gruppe
act-due = Fällig am { $due }
act-answered = Du hast geantwortet
act-check = Einige Antworten brauchen noch einen Blick: Sieh dir die Hinweise unten an.
act-your-answer = Deine Antwort
act-photos-so-far = Deine Fotos bisher (wähle neue, um sie zu ersetzen):
act-photo-alt = Dein Foto { $n }
act-photos = Fotos (bis zu { $count }: JPEG, PNG oder WebP, je 10 MB)
act-sent-product = Du hast { $product } bekommen: Wie ist es?
act-stars-for = Deine Sterne für { $product }
act-stars = Sterne…
act-your-review = Deine Bewertung
act-photos-optional = Fotos (freiwillig, bis zu { $count })
act-not-sent = Dieser Teil ist für Mitglieder, die { $product } bekommen haben; hier gibt es nichts zu tun.
act-other = Anderes
act-what-other = Was anderes
act-say-what = Sag, was
act-rank-hint = Gib jeder Karte einen Platz: 1 für die, die dir am besten gefällt.
act-place = Platz…
act-others = Was die Gruppe bisher geantwortet hat:
act-save = Meine Änderungen speichern
act-send = Meine Antworten senden
act-others-later = Was die anderen geantwortet haben, siehst du, sobald du selbst geantwortet hast.
act-late = Die Frist ist vorbei: Deine Antworten bleiben, wie sie sind.
act-closed = Geschlossen: Es werden keine Antworten mehr angenommen. Danke an alle, die geantwortet haben.
flash-answers-updated = Deine Antworten sind aktualisiert.
flash-answers-in = Danke! Deine Antworten sind da.

## What the post form says when something is missing or wrong

post-error-body = Schreib deinen Text: 1 bis 5.000 Zeichen.
post-error-title = Gib deiner Bewertung einen Titel mit höchstens 120 Zeichen.
post-error-rating = Wähle 1 bis 5 Sterne.
post-error-product = Wähle das Produkt, das du bewertest, aus der Liste.
post-error-no-product = Noch gibt es kein Produkt zu bewerten: Die Organisatoren fügen sie hinzu. Teile stattdessen einen Beitrag.
post-error-kind = Wähle Beitrag oder Bewertung.
post-error-limit = Du hast in der letzten Stunde { $count } Beiträge geteilt, so viele wie erlaubt. Dein Text steht unten: Schick ihn gleich noch einmal.
photo-too-many = Füge einem Beitrag höchstens { $max } Fotos hinzu (du hast { $count } gewählt).
photo-too-large = „{ $file }“ ist größer als 10 MB.
photo-not-an-image = „{ $file }“ ist kein Foto (JPEG, PNG oder WebP).
photo-heic = „{ $file }“ ist ein HEIC-Foto, das Cohorts noch nicht lesen kann: Speichere es als JPEG und versuch es noch einmal.
photo-too-many-pixels = „{ $file }“ hat mehr als 40 Megapixel.
photo-damaged = „{ $file }“ konnte nicht gelesen werden: Die Datei ist vielleicht beschädigt.
photo-kept = Dein Text bleibt erhalten; wähle die Fotos noch einmal aus.
answer-error-text = Schreib deine Antwort: höchstens 4.000 Zeichen.
answer-error-no-photo = Füge mindestens ein Foto hinzu.
answer-error-too-many-photos = Füge höchstens { $max } Fotos hinzu.
answer-error-choose-one = Wähle eine Antwort.
answer-error-choose-some = Wähle mindestens eine Antwort.
answer-error-other = Sag, was „Anderes“ ist, in höchstens 200 Zeichen.
answer-error-same-place = Gib jeder Karte ihren eigenen Platz: Zwei Karten haben die Nummer { $n }.
answer-error-every-place = Gib jeder Karte einen Platz von 1 bis { $count }.
answer-error-every-card = Gib jeder Karte 1 bis 5 Sterne.
answer-error-product-stars = Gib dem Produkt 1 bis 5 Sterne.
answer-error-review = Schreib deine Bewertung: höchstens 4.000 Zeichen.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Hallo,
mail-invite-subject = { $brand } lädt dich zu { $cohort } ein
mail-invite-intro = { $brand } lädt dich zu { $cohort } ein, einer privaten Gruppe auf Cohorts.
mail-invite-open = Gruppe ansehen und beitreten
mail-invite-personal = { $days ->
    [one] Öffne diesen Link, um zu sehen, worum es geht, und beizutreten. Er ist persönlich und gilt { $days } Tag:
   *[other] Öffne diesen Link, um zu sehen, worum es geht, und beizutreten. Er ist persönlich und gilt { $days } Tage:
}
mail-invite-ignore = Wenn du diese Nachricht nicht erwartet hast, kannst du sie ignorieren: Es passiert nichts, solange du den Link nicht öffnest und beitrittst.
mail-invite-stop = Keine Erinnerungen an diese Einladung? Schalte sie aus:
mail-reminder-subject = Erinnerung: { $brand } lädt dich zu { $cohort } ein
mail-reminder-intro = Eine Erinnerung: { $brand } hat dich zu { $cohort } eingeladen, einer privaten Gruppe auf Cohorts.
mail-reminder-again = Hier ist noch einmal dein Einladungslink (der aus der früheren Nachricht funktioniert nicht mehr):
mail-reminder-stop = Keine Erinnerungen mehr? Schalte sie aus:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] Im Formular ist etwas nicht in Ordnung:
   *[other] Im Formular sind { $count } Dinge nicht in Ordnung:
}

# A personal link that opens nothing.
error-stale-link-title = Dieser persönliche Link funktioniert nicht mehr
error-stale-link = Ein persönlicher Link funktioniert nicht mehr, sobald ein neuerer verschickt wurde (nur der neueste gilt) oder wenn sein Mitglied die Gruppe verlassen hat. Lass dir deinen per E-Mail neu schicken, an die Adresse, mit der du beigetreten bist.

# What "My data" shows of what is kept.
data-you-heading = Was wir über dich speichern
data-name = Anzeigename
data-email = E-Mail
data-email-none = keine angegeben
data-city = Stadt
data-born = Geboren
data-born-value = { $month } { $year }
data-country = Land
data-guardian = Zustimmung eines Elternteils oder Vormunds
data-guardian-given = Beim Beitritt gegeben
data-guardian-none = In deinem Alter nicht nötig
data-joined = Beigetreten

# The welcome page's copy button and notes.
welcome-copy = Kopieren
welcome-copied = Kopiert
welcome-mailed = Wir haben ihn dir auch per E-Mail geschickt.
welcome-home-screen = Tipp: Füge diese Seite zu deinem Startbildschirm hinzu (im Teilen- oder ⋮-Menü des Browsers „Zum Startbildschirm“), dann öffnest du deine Gruppe wie eine App.

# Sharing drops, and the public page a share link opens.
share-nav = Zum Teilen
share-title = Drops teilen
share-notice = Wenn du einen Drop weitergibst, zählen wir, wie oft dein Link geöffnet wird – zusammengezählt mit anderen aus deiner Stadt und Altersgruppe, nie nur für dich gezeigt. Wir erfahren nie, wer ihn öffnet: keine Namen, keine Adressen, keine Cookies auf den Handys deiner Freunde. Teilen ist aus, bis du es einschaltest.
share-on = Teilen ist an. Jeder Drop unten hat einen eigenen Link für dich, den du in jeden Chat einfügen kannst. Du kannst es jederzeit ausschalten; schon verschickte Links funktionieren weiter.
share-off = Teilen ist aus. Schalte es ein, um für jeden Drop einen eigenen Link zu bekommen.
share-turn-on = Teilen einschalten
share-turn-off = Teilen ausschalten
share-turned-on = Teilen ist an: hol dir einen Link für jeden Drop unten.
share-turned-off = Teilen ist aus. Schon verschickte Links funktionieren weiter.
share-empty = Noch keine Drops. Sobald die Organisatoren einen veröffentlichen, erscheint er hier.
share-get-link = Meinen Link holen
share-your-link = Dein Link
share-product = Produkt: { $product }
landing-from = Von { $brand }
landing-pass-on = Weitergeben
landing-pass-on-text = Schick diesen Link einem Freund. Er zeigt, wie weit der Drop kommt, und verrät nichts über dich oder ihn.
landing-private = Diese Seite setzt keine Cookies und speichert nichts über dich.
data-sharing = Drops teilen
data-sharing-on = An seit { $date }
data-sharing-off = Aus
landing-open = Auf { $site } ansehen
member-closed-notice = Diese Gruppe ist geschlossen. Du kannst sie bis zum { $date } weiter lesen und deine Daten herunterladen (unter „Meine Daten“); dann wird alles darin gelöscht.

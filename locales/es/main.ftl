# Cohorts, lado de los miembros: español.

## The frame of every page

nav-main = Principal
nav-my-cohort = Mi grupo
nav-my-data = Mis datos
sign-out = Cerrar sesión
footer = Cohorts · comunidades privadas de miembros. Lo que comparten los miembros se queda dentro de su grupo.
language-label = Idioma
language-change = Cambiar

## Error pages

error-code = Error { $status }
error-start-page = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found = Aquí no hay nada. Puede que el enlace esté mal escrito o que lo que señalaba se haya eliminado.
error-bad-request-title = No se pudo entender la solicitud
error-forbidden-title = No permitido
error-gone-title = Este enlace ya no funciona
error-conflict-title = No se pudo hacer
error-closed-title = Este grupo está cerrado
error-closed = Sus organizadores cerraron este grupo: aún puedes leerlo y descargar tus datos, pero ya nadie puede publicar, responder ni unirse.
error-duplicate-title = Ya enviado
error-duplicate = Este formulario ya se envió una vez, así que no se hizo nada más. Si te uniste a un grupo, abre tu enlace personal o pídelo de nuevo por correo en /link.
error-login-title = Inicia sesión
error-login = Inicia sesión para ver esta página.
error-too-many-title = Demasiados intentos
error-too-many = Hubo demasiados intentos desde tu dirección. Espera un minuto y vuelve a intentarlo.
error-too-large-title = Demasiado grande
error-too-large = Lo que enviaste es más grande de lo que acepta este formulario. Acórtalo y vuelve a intentarlo.
error-unavailable-title = Cohorts no está disponible por un momento
error-unavailable = La base de datos no responde ahora mismo. No se guardó nada de lo que enviaste; inténtalo de nuevo en unos segundos.
error-busy-title = Cohorts está ocupado
error-busy = Están llegando muchas fotos a la vez. No se guardó nada de lo que enviaste; vuelve atrás y envíalo de nuevo en un minuto.
error-internal-title = Algo falló por nuestra parte
error-internal = El problema ha quedado registrado. Vuelve a intentarlo.

## Joining

join-invited-by = Te invita
join-about = Tema:
join-private = Un grupo privado de hasta unos cientos de personas. Lo que publicas lo ven los demás miembros y el equipo de { $brand }; nunca se hace público. { $seats ->
    [one] Queda { $seats } plaza.
   *[other] Quedan { $seats } plazas.
}
join-heading = Únete
join-display-name = Nombre visible (lo que ven los demás miembros; no hace falta tu nombre real)
join-city = Tu ciudad
join-choose = Elige…
join-born = ¿Cuándo naciste? (solo se guardan el año y el mes)
join-month = Mes
join-year = Año
join-country = País donde vives
join-email = Correo (opcional: para recibir tu enlace personal por correo, y uno nuevo si lo pierdes)
join-guardian = Tengo menos de la edad de consentimiento digital de donde vivo (16 en muchos países), y mi madre, padre o tutor ha leído esta página y está de acuerdo en que me una.
join-consent = Acepto que lo que publique aquí se comparta con los miembros del grupo y con { $brand }, y que mi ciudad y mi franja de edad se usen en cifras anónimas. Puedo descargar mis datos o irme cuando quiera.
join-button = Unirme a { $cohort }

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## The welcome page, once joined

welcome-title = ¡Bienvenido/a a { $cohort }!
welcome-link = Este es tu enlace personal. Es tu llave al grupo: no lo compartas y guárdalo en marcadores, porque solo se muestra esta vez.
welcome-link-label = Tu enlace personal
welcome-go = Ir a mi grupo

## Pages of a list

pager-label = Páginas
pager-newer = ← Más recientes
pager-older = Más antiguas →
pager-page = Página { $page } de { $pages }

## The member's page

home-todo = Pendiente
todo-open = Por hacer
todo-done-changeable = Hecho: aún puedes cambiarlo
todo-done = Hecho
todo-closed = Cerrado
todo-due = entrega { $due }
home-hidden-title = { $count ->
    [one] Una de tus publicaciones no se muestra al grupo
   *[other] Algunas de tus publicaciones no se muestran al grupo
}
home-hidden-why = { $count ->
    [one] Los demás miembros no la ven. Este es el motivo:
   *[other] Los demás miembros no las ven. Este es el motivo:
}
home-hidden-when = ocultada el { $when }
home-hidden-mistake = Si crees que es un error, pregunta a quienes organizan el grupo.
home-sent-title = { $product } va de camino
home-sent-text = Quienes organizan el grupo lo enviaron el { $when }. Cuando llegue, avísales y podrás reseñarlo aquí.
home-sent-text-early = Quienes organizan el grupo lo enviaron el { $when }. Cuando llegue, avísales y podrás reseñarlo aquí antes que nadie.
home-sent-button = Ya lo tengo
home-share = Comparte algo
home-publish = Publicar en el grupo
home-feed = Muro del grupo
home-feed-empty = Aún no hay nada. Sé la primera persona: cuenta qué piensas de { $theme }.
post-edit = Editar
post-delete = Eliminar
post-report = Denunciar

## Writing a post

post-what = ¿Qué compartes?
post-kind-post = Una publicación
post-kind-review = Una reseña de producto
post-product = Producto (para reseñas)
post-no-products = Todavía no hay productos que reseñar: los añade la organización.
post-rating = Valoración (para reseñas)
post-stars = { $stars ->
    [one] { $stars } estrella
   *[other] { $stars } estrellas
}
post-title = Título de la reseña
post-body = Tu texto
post-photos = Fotos (hasta 6: JPEG, PNG o WebP, 10 MB cada una)
post-photos-private = La ubicación y otros datos ocultos de tus fotos se eliminan antes de que nadie las vea.

## A post in the feed

feed-minor = menor de 18
feed-minor-hint = Tenía menos de 18 años cuando lo escribió
feed-reviewed = reseñó
feed-edited = (editado)
feed-stars-label = { $rating } de 5 estrellas
feed-photo-alt = Foto { $n } de { $count } de { $author }
feed-hidden = Oculto para los miembros: { $reason }

## What the join form says when something is missing or wrong

join-error-name = Escribe un nombre visible de 2 a 40 caracteres.
join-error-city = Elige tu ciudad de la lista.
join-error-year = Escribe tu año de nacimiento, por ejemplo 2008.
join-error-month = Elige tu mes de nacimiento.
join-error-birth-impossible = Ese año de nacimiento no es posible.
join-error-country = Elige de la lista el país donde vives.
join-error-email = Eso no parece una dirección de correo: revísala o deja la casilla vacía.
join-error-consent = Lee y marca esta casilla para unirte.
join-error-too-young = Los miembros deben tener al menos { $age } años.
join-error-guardian = En { $country } necesitas el permiso de tu madre, padre o tutor para unirte si tienes menos de { $age } años. Pídeles que lean esta página y marquen la casilla.

## Botones que comparten muchas páginas

cancel = Cancelar

## Mis datos

data-title = Mis datos
data-keeps = Cohorts guarda tu nombre visible, ciudad, año y mes de nacimiento, país, el consentimiento que diste y lo que publicaste en { $cohort }.
data-download = Descargar todo (JSON)
data-reminders = Correos de recordatorio
data-reminders-on = Te escribimos cuando los organizadores preguntan algo al grupo (y como mucho dos veces antes de la fecha límite, si no has respondido), y un breve recordatorio si no has publicado en dos semanas.
data-reminders-off = Has desactivado los recordatorios: ningún correo sobre nuevas actividades o semanas tranquilas.
data-reminders-turn-off = Desactivar recordatorios
data-reminders-turn-on = Activar recordatorios
data-no-email = Te uniste sin dirección de correo, así que nunca te escribimos.
data-zone-heading = Zona horaria
data-zone-text = Vives en { $country }: las horas en tus páginas y en nuestros correos se muestran en { $zone }.
data-zone-label = Tu zona horaria
data-zone-save = Guardar zona horaria
data-zone-error = Elige una de las zonas horarias de la lista.
data-another-country = otro país
data-leave-heading = Salir del grupo
data-leave-text = Salir borra tu membresía y todo lo que publicaste, de cada página y de cada cifra. No se puede deshacer.
data-leave-button = Salir de { $cohort }…
flash-zone-saved = Guardado: las horas se muestran en la zona que elegiste.
flash-reminders-on = Los recordatorios están activados.
flash-reminders-off = Los recordatorios están desactivados. No te escribiremos para que publiques.

## Salir del grupo

leave-heading = ¿Salir de { $cohort }?
leave-text = Se borrarán tu membresía y todo lo que publicaste, de cada página y de cada cifra. Tu enlace personal dejará de funcionar. No se puede deshacer.
leave-button = Salir y borrar mis datos
flash-left = Has salido del grupo y tus datos se han borrado.

## Editar, borrar y denunciar una publicación

edit-title = Editar tu publicación
edit-save = Guardar cambios
flash-edited = Tus cambios están guardados.
delete-title = Borrar publicación
delete-heading = ¿Borrar esta publicación?
delete-text = Desaparece del muro del grupo para todos. No se puede deshacer.
flash-deleted = Publicación borrada.
flash-shared = Compartido con tu grupo.
flash-held = Guardado, pero aún no se muestra al grupo: parece incluir datos personales, así que los organizadores lo revisarán primero. Abajo verás por qué.
flash-received = Gracias por avisarnos. Ya puedes reseñar { $product }: elige «Una reseña de producto» abajo.
report-title = Denunciar una publicación
report-text = Cuenta a los organizadores qué pasa. Lo revisarán y pueden ocultarla al grupo. A quien la escribió no se le dice quién la denunció.
report-legend = ¿Qué tiene de malo?
report-bullying = Es cruel o es acoso
report-personal-details = Revela datos personales
report-inappropriate = No es adecuada para este grupo
report-spam = Es spam o publicidad
report-other = Otra cosa va mal
report-send = Enviar la denuncia
report-error = Elige qué tiene de malo la publicación.
flash-reported = Gracias. Los organizadores revisarán la publicación; a quien la escribió no se le dice quién la denunció.
flash-reported-again = Ya denunciaste esta publicación; los organizadores la revisarán.

## Recibir de nuevo el enlace personal

link-title = Recibe de nuevo tu enlace personal
link-sent = Si esa dirección pertenece a un miembro de un grupo, un nuevo enlace personal está en camino. Revisa tu bandeja de entrada y la carpeta de spam. Tu enlace anterior deja de funcionar cuando se envía el nuevo.
link-intro = Escribe la dirección de correo que diste al unirte. Te enviaremos un nuevo enlace personal; el anterior deja de funcionar.
link-email = Correo electrónico
link-send = Envíame mi enlace
link-no-email = ¿Te uniste sin dar un correo? Pide una nueva invitación al organizador del grupo.
link-error-email = Esa dirección de correo no es válida: revísala e inténtalo de nuevo.

## Dejar de recibir recordatorios

stop-title = Recordatorios por correo
stop-button = Desactivarlos
stop-done = Hecho
stop-nudges-heading = ¿Dejar de recibir recordatorios?
stop-nudges-text = Escribimos a los miembros cuando los organizadores preguntan algo al grupo (y como mucho dos veces antes de la fecha límite, si no han respondido), y cuando no han publicado en dos semanas. Un clic y no lo haremos más; puedes volver a activarlos desde la página «Mis datos» de tu grupo.
stop-nudges-done = No te enviaremos más recordatorios. Puedes volver a activarlos desde la página «Mis datos» de tu grupo.
stop-invite-heading = ¿Dejar de recibir recordatorios de esta invitación?
stop-invite-text = Recordamos una invitación no aceptada dos veces como mucho. Un clic y no lo haremos más.
stop-invite-done = No volveremos a recordarte esta invitación.

## The start page

start-title = Bienvenida
start-about = Comunidades privadas donde los miembros de una marca comparten publicaciones, fotos y reseñas de primera mano, lejos de las redes sociales públicas.
start-member = ¿Eres miembro?
start-open-link = Abre el enlace personal que recibiste al unirte. Te lleva directo a tu grupo, sin contraseña.
start-lost-link = ¿Perdiste tu enlace personal? Recíbelo de nuevo por correo
start-staff = ¿Gestionas grupos?
start-sign-in = Acceso para el equipo

## Mails to members

mail-hi = Hola, { $name }:
mail-sign-off = — Cohorts, para { $brand }
mail-link-subject = Tu enlace personal a { $cohort }
mail-link-intro = Aquí tienes tu enlace personal a { $cohort } ({ $brand }):
mail-link-open = Abrir mi grupo
mail-link-key = Es tu llave del grupo: guárdalo en privado y añádelo a favoritos. Si tenías un enlace anterior, ya no funciona.
mail-link-ignore = Si no lo pediste, puedes ignorar este mensaje; tu cuenta sigue igual.
mail-link-stop = ¿No quieres correos que te recuerden publicar? Desactívalos:
mail-turn-off = Desactivarlos
mail-nudge-subject = ¿Qué tal te va, { $name }?
mail-nudge-text = Hace tiempo que no publicas en { $cohort }. ¿Qué has estado haciendo con { $theme }? A { $brand } le encantaría saberlo, bueno o malo.
mail-open-link = Abre tu enlace personal para publicar. ¿Lo perdiste? Pide uno nuevo aquí:
mail-nudge-stop = ¿No quieres estos recordatorios? Desactívalos con un clic:
mail-activity-subject-new = { $brand } pregunta a { $cohort }: { $title }
mail-activity-subject-reminder = Abierta hasta el { $due }: { $title }
mail-activity-subject-review = Tu reseña de { $product } vence el { $due }
mail-activity-new = { $brand } tiene una nueva actividad para { $cohort }: «{ $title }». Respóndela antes del { $due }; puedes cambiar tus respuestas hasta entonces.
mail-activity-reminder = «{ $title }» en { $cohort } sigue abierta hasta el { $due } y aún no has respondido. Solo lleva unos minutos, y no pasa nada si la saltas.
mail-activity-review = Tu reseña de { $product } para «{ $title }» en { $cohort } vence el { $due }: unas estrellas, unas palabras y, si quieres, una foto. No pasa nada si la saltas.
mail-activity-find = Abre tu enlace personal y búscala en «Pendiente». ¿Perdiste el enlace? Pide uno nuevo aquí:
mail-activity-stop = ¿No quieres estos correos? Desactívalos con un clic:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d %b %Y
time-format = %-d %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Tu grupo
act-due = Vence el { $due }
act-answered = Ya respondiste
act-check = Algunas respuestas necesitan otro vistazo: mira los mensajes de abajo.
act-your-answer = Tu respuesta
act-photos-so-far = Tus fotos hasta ahora (elige otras para reemplazarlas):
act-photo-alt = Tu foto { $n }
act-photos = Fotos (hasta { $count }: JPEG, PNG o WebP, 10 MB cada una)
act-sent-product = Te enviaron { $product }: ¿qué tal?
act-stars-for = Tus estrellas para { $product }
act-stars = Estrellas…
act-your-review = Tu reseña
act-photos-optional = Fotos (opcional, hasta { $count })
act-not-sent = Esta parte es para quienes recibieron { $product }; aquí no tienes nada que hacer.
act-other = Otra
act-what-other = Cuál
act-say-what = Dinos cuál
act-rank-hint = Da a cada tarjeta un puesto: 1 para la que más te guste.
act-place = Puesto…
act-others = Lo que ha respondido el grupo hasta ahora:
act-save = Guardar mis cambios
act-send = Enviar mis respuestas
act-others-later = Verás lo que respondieron los demás cuando hayas respondido tú.
act-late = Ya pasó la fecha: tus respuestas se quedan como están.
act-closed = Está cerrada: ya no se aceptan respuestas. Gracias a todos los que respondieron.
flash-answers-updated = Tus respuestas están actualizadas.
flash-answers-in = ¡Gracias! Tus respuestas están dentro.

## What the post form says when something is missing or wrong

post-error-body = Escribe tu texto: de 1 a 5.000 caracteres.
post-error-title = Pon a tu reseña un título de hasta 120 caracteres.
post-error-rating = Elige de 1 a 5 estrellas.
post-error-product = Elige de la lista el producto que reseñas.
post-error-no-product = Todavía no hay productos para reseñar: los añaden los organizadores. Comparte una publicación.
post-error-kind = Elige publicación o reseña.
post-error-limit = Has compartido { $count } publicaciones en la última hora, el máximo. Tu texto sigue abajo: envíalo de nuevo dentro de un rato.
photo-too-many = Añade como máximo { $max } fotos a una publicación (elegiste { $count }).
photo-too-large = «{ $file }» pesa más de 10 MB.
photo-not-an-image = «{ $file }» no es una foto (JPEG, PNG o WebP).
photo-heic = «{ $file }» es una foto HEIC, que Cohorts todavía no puede leer: guárdala como JPEG y vuelve a intentarlo.
photo-too-many-pixels = «{ $file }» tiene más de 40 megapíxeles.
photo-damaged = No se pudo leer «{ $file }»: puede que el archivo esté dañado.
photo-kept = Tu texto se ha guardado; vuelve a elegir las fotos.
answer-error-text = Escribe tu respuesta: hasta 4000 caracteres.
answer-error-no-photo = Añade al menos una foto.
answer-error-too-many-photos = Añade como máximo { $max } fotos.
answer-error-choose-one = Elige una respuesta.
answer-error-choose-some = Elige al menos una respuesta.
answer-error-other = Di qué es «Otro», en 200 caracteres como máximo.
answer-error-same-place = Dale a cada tarjeta su propio puesto: dos tarjetas tienen el número { $n }.
answer-error-every-place = Dale a cada tarjeta un puesto del 1 al { $count }.
answer-error-every-card = Dale a cada tarjeta de 1 a 5 estrellas.
answer-error-product-stars = Dale al producto de 1 a 5 estrellas.
answer-error-review = Escribe tu reseña: hasta 4000 caracteres.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Hola:
mail-invite-subject = { $brand } te invita a unirte a { $cohort }
mail-invite-intro = { $brand } te invita a unirte a { $cohort }, un grupo privado en Cohorts.
mail-invite-open = Ver el grupo y unirme
mail-invite-personal = { $days ->
    [one] Abre este enlace para ver de qué se trata y unirte. Es personal y funciona durante { $days } día:
   *[other] Abre este enlace para ver de qué se trata y unirte. Es personal y funciona durante { $days } días:
}
mail-invite-ignore = Si no esperabas este mensaje, puedes ignorarlo: no pasa nada a menos que abras el enlace y te unas.
mail-invite-stop = ¿No quieres recordatorios de esta invitación? Desactívalos:
mail-reminder-subject = Recordatorio: { $brand } te invita a unirte a { $cohort }
mail-reminder-intro = Un recordatorio: { $brand } te invitó a unirte a { $cohort }, un grupo privado en Cohorts.
mail-reminder-again = Aquí tienes de nuevo tu enlace de invitación (el del mensaje anterior ya no funciona):
mail-reminder-stop = ¿No quieres estos recordatorios? Desactívalos:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] Hay un problema en el formulario:
   *[other] Hay { $count } problemas en el formulario:
}

# A personal link that opens nothing.
error-stale-link-title = Este enlace personal ya no funciona
error-stale-link = Un enlace personal deja de funcionar cuando se envía uno más nuevo (solo funciona el último) o cuando su miembro sale del grupo. Pide el tuyo de nuevo por correo, con la dirección con la que te uniste.

# What "My data" shows of what is kept.
data-you-heading = Lo que guardamos sobre ti
data-name = Nombre visible
data-email = Correo electrónico
data-email-none = no indicado
data-city = Ciudad
data-born = Nacimiento
data-born-value = { $month } de { $year }
data-country = País
data-guardian = Permiso de tu madre, padre o tutor
data-guardian-given = Dado al unirte
data-guardian-none = No hacía falta a tu edad
data-joined = Te uniste

# The welcome page's copy button and notes.
welcome-copy = Copiar
welcome-copied = Copiado
welcome-mailed = También te lo enviamos por correo.
welcome-home-screen = Consejo: añade esta página a tu pantalla de inicio (menú Compartir o ⋮ del navegador y luego «Añadir a pantalla de inicio») para abrir tu grupo como una app.

# Sharing drops, and the public page a share link opens.
share-nav = Para compartir
share-title = Compartir drops
share-notice = Cuando pasas un drop, contamos cuántas veces se abre tu enlace, sumado con otras personas de tu ciudad y tu grupo de edad, nunca mostrado solo para ti. Nunca sabemos quién lo abre: sin nombres, sin direcciones, sin cookies en los móviles de tus amigos. Compartir está desactivado hasta que lo actives.
share-on = Compartir está activado. Cada drop de abajo tiene un enlace tuyo para pegar en cualquier chat. Puedes desactivarlo cuando quieras; los enlaces que ya enviaste siguen funcionando.
share-off = Compartir está desactivado. Actívalo para tener un enlace propio para cada drop.
share-turn-on = Activar compartir
share-turn-off = Desactivar compartir
share-turned-on = Compartir está activado: coge un enlace para cualquier drop de abajo.
share-turned-off = Compartir está desactivado. Los enlaces que ya enviaste siguen funcionando.
share-empty = Todavía no hay drops. Cuando los organizadores publiquen uno, aparecerá aquí.
share-get-link = Obtener mi enlace
share-your-link = Tu enlace
share-product = Producto: { $product }
landing-from = De { $brand }
landing-pass-on = Pásalo
landing-pass-on-text = Envía este enlace a un amigo. Muestra hasta dónde llega el drop y no dice nada de ti ni de él.
landing-private = Esta página no usa cookies y no guarda nada sobre ti.
data-sharing = Compartir drops
data-sharing-on = Activado desde el { $date }
data-sharing-off = Desactivado
landing-open = Verlo en { $site }
member-closed-notice = Este grupo está cerrado. Puedes seguir leyéndolo y descargar tus datos (en «Mis datos») hasta el { $date }; ese día se borrará todo lo que contiene.

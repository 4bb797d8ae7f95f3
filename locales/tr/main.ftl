# Cohorts, üye tarafı: Türkçe.

## The frame of every page

nav-main = Ana menü
nav-my-cohort = Grubum
nav-my-data = Verilerim
sign-out = Çıkış yap
footer = Cohorts · özel üye toplulukları. Üyelerin paylaştıkları kendi gruplarında kalır.
language-label = Dil
language-change = Değiştir

## Error pages

error-code = Hata { $status }
error-start-page = Başlangıç sayfasına git
error-not-found-title = Sayfa bulunamadı
error-not-found = Burada bir şey yok. Bağlantı yanlış yazılmış olabilir ya da gösterdiği şey kaldırılmış olabilir.
error-bad-request-title = Bu istek anlaşılamadı
error-forbidden-title = İzin verilmiyor
error-gone-title = Bu bağlantı artık çalışmıyor
error-conflict-title = Bu yapılamadı
error-closed-title = Bu grup kapandı
error-closed = Düzenleyenler bu grubu kapattı: okumaya ve verilerini indirmeye devam edebilirsin, ama artık kimse paylaşım yapamaz, yanıt veremez ya da katılamaz.
error-duplicate-title = Zaten gönderildi
error-duplicate = Bu form zaten bir kez gönderildi, bu yüzden başka bir şey yapılmadı. Bir gruba katıldıysan kişisel bağlantını aç ya da /link adresinden e-postayla yeniden iste.
error-login-title = Lütfen giriş yap
error-login = Bu sayfayı görmek için giriş yap.
error-too-many-title = Çok fazla deneme
error-too-many = Adresinden çok fazla deneme yapıldı. Bir dakika bekle, sonra yeniden dene.
error-too-large-title = Bu çok büyüktü
error-too-large = Gönderdiğin şey bu formun kabul ettiğinden büyük. Kısaltıp yeniden dene.
error-unavailable-title = Cohorts kısa bir süre kullanılamıyor
error-unavailable = Veritabanı şu anda yanıt vermiyor. Gönderdiğin hiçbir şey kaydedilmedi; birkaç saniye sonra yeniden dene.
error-busy-title = Cohorts şu an meşgul
error-busy = Aynı anda çok sayıda fotoğraf geliyor. Gönderdiğin hiçbir şey kaydedilmedi; geri dön ve bir dakika sonra yeniden gönder.
error-internal-title = Bizim tarafımızda bir sorun oluştu
error-internal = Sorun kaydedildi. Lütfen yeniden dene.

## Joining

join-invited-by = Seni davet eden:
join-about = Konu:
join-private = En fazla birkaç yüz kişilik özel bir grup. Paylaştıklarını diğer üyeler ve { $brand } ekibi görür, asla herkese açık yayımlanmaz. { $seats ->
    [one] { $seats } yer kaldı.
   *[other] { $seats } yer kaldı.
}
join-heading = Katıl
join-display-name = Görünen ad (diğer üyelerin gördüğü ad; gerçek adın gerekmez)
join-city = Şehrin
join-choose = Seç…
join-born = Ne zaman doğdun? (yalnızca yıl ve ay saklanır)
join-month = Ay
join-year = Yıl
join-country = Yaşadığın ülke
join-email = E-posta (isteğe bağlı: kişisel bağlantını e-postayla almak ve kaybedersen yenisini almak için)
join-guardian = Yaşadığım yerdeki dijital rıza yaşının altındayım (birçok ülkede 16) ve annem, babam ya da vasim bu sayfayı okudu ve katılmamı kabul ediyor.
join-consent = Burada paylaştıklarımın grubun üyeleri ve { $brand } ile paylaşılmasını, şehrimin ve yaş grubumun anonim rakamlarda kullanılmasını kabul ediyorum. Verilerimi istediğim zaman indirebilir ya da ayrılabilirim.
join-button = { $cohort } grubuna katıl

month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

## The welcome page, once joined

welcome-title = { $cohort } grubuna hoş geldin!
welcome-link = Bu senin kişisel bağlantın. Gruba açılan anahtarın: kimseyle paylaşma ve yer imlerine ekle, çünkü yalnızca bu kez gösteriliyor.
welcome-link-label = Kişisel bağlantın
welcome-go = Grubuma git

## Pages of a list

pager-label = Sayfalar
pager-newer = ← Daha yeni
pager-older = Daha eski →
pager-page = Sayfa { $page } / { $pages }

## The member's page

home-todo = Yapılacaklar
todo-open = Yapılacak
todo-done-changeable = Tamam: hâlâ değiştirebilirsin
todo-done = Tamam
todo-closed = Kapandı
todo-due = son tarih { $due }
home-hidden-title = { $count ->
    [one] Paylaşımlarından biri gruba gösterilmiyor
   *[other] Paylaşımlarından bazıları gruba gösterilmiyor
}
home-hidden-why = { $count ->
    [one] Diğer üyeler onu görmüyor. Nedeni:
   *[other] Diğer üyeler onları görmüyor. Nedeni:
}
home-hidden-when = { $when } tarihinde gizlendi
home-hidden-mistake = Bunun bir hata olduğunu düşünüyorsan grubun düzenleyicilerine sor.
home-sent-title = { $product } sana doğru yolda
home-sent-text = Düzenleyiciler onu { $when } tarihinde gönderdi. Eline ulaşınca onlara haber ver; sonra burada değerlendirebilirsin.
home-sent-text-early = Düzenleyiciler onu { $when } tarihinde gönderdi. Eline ulaşınca onlara haber ver; sonra burada herkesten önce değerlendirebilirsin.
home-sent-button = Elime ulaştı
home-share = Bir şey paylaş
home-publish = Grupta yayımla
home-feed = Grup akışı
home-feed-empty = Burada henüz bir şey yok. İlk sen ol: { $theme } hakkında ne düşündüğünü paylaş.
post-edit = Düzenle
post-delete = Sil
post-report = Bildir

## Writing a post

post-what = Ne paylaşıyorsun?
post-kind-post = Bir paylaşım
post-kind-review = Bir ürün değerlendirmesi
post-product = Ürün (değerlendirmeler için)
post-no-products = Henüz değerlendirilecek ürün yok: düzenleyiciler ekliyor.
post-rating = Puan (değerlendirmeler için)
post-stars = { $stars ->
    [one] { $stars } yıldız
   *[other] { $stars } yıldız
}
post-title = Değerlendirme başlığı
post-body = Metnin
post-photos = Fotoğraflar (en fazla 6: JPEG, PNG ya da WebP, her biri 10 MB)
post-photos-private = Fotoğraflarındaki konum ve diğer gizli bilgiler, kimse görmeden önce silinir.

## A post in the feed

feed-minor = 18 yaş altı
feed-minor-hint = Bunu yazdığında 18 yaşından küçüktü
feed-reviewed = değerlendirdi:
feed-edited = (düzenlendi)
feed-stars-label = 5 üzerinden { $rating } yıldız
feed-photo-alt = { $author } tarafından, { $count } fotoğraftan { $n }.
feed-hidden = Üyelerden gizlendi: { $reason }

## What the join form says when something is missing or wrong

join-error-name = 2 ile 40 karakter arasında bir görünen ad yaz.
join-error-city = Listeden şehrini seç.
join-error-year = Doğum yılını yaz, örneğin 2008.
join-error-month = Doğum ayını seç.
join-error-birth-impossible = Bu doğum yılı mümkün değil.
join-error-country = Yaşadığın ülkeyi listeden seç.
join-error-email = Bu bir e-posta adresine benzemiyor: kontrol et ya da kutuyu boş bırak.
join-error-consent = Katılmak için lütfen bunu oku ve kutuyu işaretle.
join-error-too-young = Üyeler en az { $age } yaşında olmalı.
join-error-guardian = { $country } ülkesinde { $age } yaşından küçüksen katılmak için annenin, babanın ya da vasinin onayı gerekir. Bu sayfayı okuyup kutuyu işaretlemelerini iste.

## Birçok sayfanın paylaştığı düğmeler

cancel = Vazgeç

## Verilerim

data-title = Verilerim
data-keeps = Cohorts görünen adını, şehrini, doğum yılını ve ayını, ülkeni, verdiğin onayı ve { $cohort } grubunda paylaştıklarını saklar.
data-download = Her şeyi indir (JSON)
data-reminders = Hatırlatma e-postaları
data-reminders-on = Organizatörler gruba bir şey sorduğunda (ve yanıtlamadıysan son tarihten önce en fazla iki kez) sana yazarız; iki hafta boyunca paylaşım yapmadıysan da kısa bir hatırlatma göndeririz.
data-reminders-off = Hatırlatmaları kapattın: yeni etkinlikler veya sessiz haftalar hakkında e-posta yok.
data-reminders-turn-off = Hatırlatmaları kapat
data-reminders-turn-on = Hatırlatmaları aç
data-no-email = Gruba e-posta adresi vermeden katıldın, bu yüzden sana hiç e-posta göndermiyoruz.
data-zone-heading = Saat dilimi
data-zone-text = Ülken: { $country }. Sayfalarındaki ve e-postalarımızdaki saatler { $zone } saat diliminde gösterilir.
data-zone-label = Saat dilimin
data-zone-save = Saat dilimini kaydet
data-zone-error = Listeden bir saat dilimi seç.
data-another-country = başka bir ülke
data-leave-heading = Gruptan ayrıl
data-leave-text = Ayrılmak üyeliğini ve paylaştığın her şeyi her sayfadan ve her rakamdan siler. Geri alınamaz.
data-leave-button = { $cohort } grubundan ayrıl…
flash-zone-saved = Kaydedildi: saatler seçtiğin dilimde gösteriliyor.
flash-reminders-on = Hatırlatmalar açık.
flash-reminders-off = Hatırlatmalar kapalı. Paylaşım için sana e-posta göndermeyeceğiz.

## Gruptan ayrılmak

leave-heading = { $cohort } grubundan ayrılıyor musun?
leave-text = Üyeliğin ve paylaştığın her şey her sayfadan ve her rakamdan silinecek. Kişisel bağlantın artık çalışmayacak. Geri alınamaz.
leave-button = Ayrıl ve verilerimi sil
flash-left = Gruptan ayrıldın ve verilerin silindi.

## Bir gönderiyi düzenlemek, silmek ve bildirmek

edit-title = Gönderini düzenle
edit-save = Değişiklikleri kaydet
flash-edited = Değişikliklerin kaydedildi.
delete-title = Gönderiyi sil
delete-heading = Bu gönderi silinsin mi?
delete-text = Grubun akışından herkes için kaybolur. Geri alınamaz.
flash-deleted = Gönderi silindi.
flash-shared = Grubunla paylaşıldı.
flash-held = Kaydedildi ama henüz gruba gösterilmiyor: kişisel bilgiler içeriyor gibi görünüyor, bu yüzden önce organizatörler kontrol edecek. Nedenini aşağıda görebilirsin.
flash-received = Haber verdiğin için teşekkürler. Artık { $product } için yorum yazabilirsin: aşağıda “Ürün yorumu”nu seç.
report-title = Gönderiyi bildir
report-text = Organizatörlere neyin yanlış olduğunu anlat. İnceleyip gönderiyi gruptan gizleyebilirler. Yazan kişiye kimin bildirdiği söylenmez.
report-legend = Sorun ne?
report-bullying = Kaba ya da zorbalık içeriyor
report-personal-details = Kişisel bilgileri açığa çıkarıyor
report-inappropriate = Bu gruba uygun değil
report-spam = Spam ya da reklam
report-other = Başka bir sorun var
report-send = Bildirimi gönder
report-error = Gönderideki sorunu seç.
flash-reported = Teşekkürler. Organizatörler gönderiye bakacak; yazan kişiye kimin bildirdiği söylenmez.
flash-reported-again = Bu gönderiyi zaten bildirdin; organizatörler ona bakacak.

## Kişisel bağlantıyı yeniden almak

link-title = Kişisel bağlantını yeniden al
link-sent = Bu adres bir grubun üyesine aitse yeni bir kişisel bağlantı yolda. Gelen kutunu ve spam klasörünü kontrol et. Yenisi gönderilince eski bağlantın çalışmaz.
link-intro = Katılırken verdiğin e-posta adresini yaz. Sana yeni bir kişisel bağlantı göndereceğiz; eskisi çalışmayı bırakır.
link-email = E-posta
link-send = Bağlantımı gönder
link-no-email = E-posta vermeden mi katıldın? Grubun organizatöründen yeni bir davet iste.
link-error-email = Bu geçerli bir e-posta adresi değil: kontrol edip yeniden dene.

## Hatırlatma e-postalarını durdurmak

stop-title = E-posta hatırlatmaları
stop-button = Kapat
stop-done = Tamam
stop-nudges-heading = Hatırlatmalar durdurulsun mu?
stop-nudges-text = Organizatörler gruba bir şey sorduğunda (ve yanıtlamadılarsa son tarihten önce en fazla iki kez) ve üyeler iki hafta boyunca paylaşım yapmadığında onlara e-posta göndeririz. Tek tıkla bir daha göndermeyiz; grubunun “Verilerim” sayfasından yeniden açabilirsin.
stop-nudges-done = Sana bir daha hatırlatma göndermeyeceğiz. Grubunun “Verilerim” sayfasından yeniden açabilirsin.
stop-invite-heading = Bu davetle ilgili hatırlatmalar durdurulsun mu?
stop-invite-text = Kabul edilmemiş bir daveti en fazla iki kez hatırlatırız. Tek tıkla bir daha hatırlatmayız.
stop-invite-done = Bu daveti sana bir daha hatırlatmayacağız.

## The start page

start-title = Hoş geldin
start-about = Bir markanın üyelerinin gönderileri, fotoğrafları ve yorumları herkese açık sosyal medyadan uzakta, ilk elden paylaştığı özel topluluklar.
start-member = Üye misin?
start-open-link = Katıldığında sana gönderilen kişisel bağlantıyı aç. Seni şifresiz, doğrudan grubuna götürür.
start-lost-link = Kişisel bağlantını mı kaybettin? E-postayla yeniden al
start-staff = Grup mu yönetiyorsun?
start-sign-in = Ekip girişi

## Mails to members

mail-hi = Merhaba { $name },
mail-sign-off = — Cohorts, { $brand } için
mail-link-subject = { $cohort } için kişisel bağlantın
mail-link-intro = İşte { $cohort } ({ $brand }) için kişisel bağlantın:
mail-link-open = Grubumu aç
mail-link-key = Bu, grubun anahtarı: kendine sakla ve yer imlerine ekle. Önceki bir bağlantın varsa artık çalışmaz.
mail-link-ignore = Bunu sen istemediysen bu mesajı yok sayabilirsin; hesabın olduğu gibi kalır.
mail-link-stop = Paylaşım hatırlatan e-postalar istemiyor musun? Kapat:
mail-turn-off = Kapat
mail-nudge-subject = Neler yapıyorsun, { $name }?
mail-nudge-text = { $cohort } grubundaki son paylaşımının üzerinden epey zaman geçti. { $theme } konusunda neler yapıyorsun? { $brand } iyi ya da kötü, duymak ister.
mail-open-link = Paylaşmak için kişisel bağlantını aç. Kaybettin mi? Buradan yenisini al:
mail-nudge-stop = Bu hatırlatmaları istemiyor musun? Tek tıkla kapat:
mail-activity-subject-new = { $brand }, { $cohort } grubuna soruyor: { $title }
mail-activity-subject-reminder = { $due } tarihine kadar açık: { $title }
mail-activity-subject-review = { $product } yorumunun son tarihi { $due }
mail-activity-new = { $brand }, { $cohort } için yeni bir etkinlik açtı: “{ $title }”. { $due } tarihine kadar yanıtla; o zamana kadar yanıtlarını değiştirebilirsin.
mail-activity-reminder = { $cohort } grubundaki “{ $title }” { $due } tarihine kadar açık ve henüz yanıtlamadın. Sadece birkaç dakika sürer; atlaman da sorun değil.
mail-activity-review = { $cohort } grubundaki “{ $title }” için { $product } yorumunun son tarihi { $due }: birkaç yıldız, birkaç kelime ve istersen bir fotoğraf. Atlaman da sorun değil.
mail-activity-find = Kişisel bağlantını aç ve “Yapılacaklar” altında bul. Bağlantını mı kaybettin? Buradan yenisini al:
mail-activity-stop = Bu e-postaları istemiyor musun? Tek tıkla kapat:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d %b %Y
time-format = %-d %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Grubun
act-due = Son tarih { $due }
act-answered = Yanıtladın
act-check = Bazı yanıtlara yeniden bakmak gerek: aşağıdaki mesajlara göz at.
act-your-answer = Yanıtın
act-photos-so-far = Şimdiye kadarki fotoğrafların (değiştirmek için yenilerini seç):
act-photo-alt = Fotoğrafın { $n }
act-photos = Fotoğraflar (en fazla { $count }: JPEG, PNG veya WebP, her biri 10 MB)
act-sent-product = Sana { $product } gönderildi: nasıl?
act-stars-for = { $product } için yıldızların
act-stars = Yıldız…
act-your-review = Yorumun
act-photos-optional = Fotoğraflar (isteğe bağlı, en fazla { $count })
act-not-sent = Bu bölüm { $product } gönderilen üyeler için; burada yapacak bir şey yok.
act-other = Diğer
act-what-other = Başka ne
act-say-what = Ne olduğunu yaz
act-rank-hint = Her karta bir sıra ver: en çok beğendiğine 1.
act-place = Sıra…
act-others = Grubun şimdiye kadarki yanıtları:
act-save = Değişikliklerimi kaydet
act-send = Yanıtlarımı gönder
act-others-later = Sen yanıtladıktan sonra diğerlerinin yanıtlarını göreceksin.
act-late = Süre doldu: yanıtların olduğu gibi kalıyor.
act-closed = Kapandı: artık yanıt alınmıyor. Yanıtlayan herkese teşekkürler.
flash-answers-updated = Yanıtların güncellendi.
flash-answers-in = Teşekkürler! Yanıtların alındı.

## What the post form says when something is missing or wrong

post-error-body = Metnini yaz: 1 ile 5.000 karakter arası.
post-error-title = Yorumuna en fazla 120 karakterlik bir başlık ver.
post-error-rating = 1 ile 5 arasında yıldız seç.
post-error-product = Yorumladığın ürünü listeden seç.
post-error-no-product = Henüz yorumlanacak ürün yok: organizatörler ekliyor. Bunun yerine bir gönderi paylaş.
post-error-kind = Gönderi ya da yorum seç.
post-error-limit = Son bir saatte { $count } gönderi paylaştın, izin verilen en fazla sayı. Metnin aşağıda duruyor: biraz sonra yeniden gönder.
photo-too-many = Bir gönderiye en fazla { $max } fotoğraf ekle ({ $count } tane seçildi).
photo-too-large = “{ $file }” 10 MB’tan büyük.
photo-not-an-image = “{ $file }” bir fotoğraf değil (JPEG, PNG veya WebP).
photo-heic = “{ $file }” bir HEIC fotoğrafı; Cohorts bunu henüz okuyamıyor: JPEG olarak kaydedip yeniden dene.
photo-too-many-pixels = “{ $file }” 40 megapikselden büyük.
photo-damaged = “{ $file }” okunamadı: dosya bozuk olabilir.
photo-kept = Metnin saklandı; fotoğrafları yeniden seç.
answer-error-text = Cevabını yaz: en fazla 4.000 karakter.
answer-error-no-photo = En az bir fotoğraf ekle.
answer-error-too-many-photos = En fazla { $max } fotoğraf ekle.
answer-error-choose-one = Bir cevap seç.
answer-error-choose-some = En az bir cevap seç.
answer-error-other = “Diğer”in ne olduğunu en fazla 200 karakterle yaz.
answer-error-same-place = Her karta kendi sırasını ver: iki kartın numarası { $n }.
answer-error-every-place = Her karta 1 ile { $count } arasında bir sıra ver.
answer-error-every-card = Her karta 1 ile 5 arasında yıldız ver.
answer-error-product-stars = Ürüne 1 ile 5 arasında yıldız ver.
answer-error-review = Değerlendirmeni yaz: en fazla 4.000 karakter.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Merhaba,
mail-invite-subject = { $brand } seni { $cohort } grubuna davet ediyor
mail-invite-intro = { $brand } seni Cohorts üzerindeki özel bir grup olan { $cohort } grubuna davet ediyor.
mail-invite-open = Gruba göz at ve katıl
mail-invite-personal = { $days ->
    [one] Neyle ilgili olduğunu görmek ve katılmak için bu bağlantıyı aç. Bağlantı kişiseldir ve { $days } gün geçerlidir:
   *[other] Neyle ilgili olduğunu görmek ve katılmak için bu bağlantıyı aç. Bağlantı kişiseldir ve { $days } gün geçerlidir:
}
mail-invite-ignore = Bu mesajı beklemiyorsan yok sayabilirsin: bağlantıyı açıp katılmadıkça hiçbir şey olmaz.
mail-invite-stop = Bu davetle ilgili hatırlatma istemiyor musun? Kapat:
mail-reminder-subject = Hatırlatma: { $brand } seni { $cohort } grubuna davet ediyor
mail-reminder-intro = Hatırlatma: { $brand } seni Cohorts üzerindeki özel bir grup olan { $cohort } grubuna davet etti.
mail-reminder-again = Davet bağlantın yeniden burada (önceki mesajdaki artık çalışmıyor):
mail-reminder-stop = Bu hatırlatmaları istemiyor musun? Kapat:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] Formda bir sorun var:
   *[other] Formda { $count } sorun var:
}

# A personal link that opens nothing.
error-stale-link-title = Bu kişisel bağlantı artık çalışmıyor
error-stale-link = Kişisel bağlantı, daha yenisi gönderildiğinde (yalnızca en yenisi çalışır) ya da üye gruptan ayrıldığında çalışmaz. Katılırken verdiğin adresle bağlantını e-postayla yeniden al.

# What "My data" shows of what is kept.
data-you-heading = Senin hakkında sakladıklarımız
data-name = Görünen ad
data-email = E-posta
data-email-none = verilmedi
data-city = Şehir
data-born = Doğum
data-born-value = { $month } { $year }
data-country = Ülke
data-guardian = Ebeveyn veya vasi onayı
data-guardian-given = Katılırken verildi
data-guardian-none = Yaşın için gerekmedi
data-joined = Katılma

# The welcome page's copy button and notes.
welcome-copy = Kopyala
welcome-copied = Kopyalandı
welcome-mailed = Bağlantıyı sana e-postayla da gönderdik.
welcome-home-screen = İpucu: Grubunu bir uygulama gibi açmak için bu sayfayı ana ekranına ekle (tarayıcının Paylaş veya ⋮ menüsü, ardından “Ana Ekrana Ekle”).

# Sharing drops, and the public page a share link opens.
share-nav = Drop'lar
share-title = Drop paylaş
share-notice = Bir drop'u paylaştığında, bağlantının kaç kez açıldığını sayarız — şehrindeki ve yaş grubundaki diğerleriyle birlikte toplanır, asla yalnızca senin için gösterilmez. Kimin açtığını asla öğrenmeyiz: isim yok, adres yok, arkadaşlarının telefonlarında çerez yok. Sen açana kadar paylaşım kapalıdır.
share-on = Paylaşım açık. Aşağıdaki her drop'un herhangi bir sohbete yapıştırabileceğin sana ait bir bağlantısı var. İstediğin zaman kapatabilirsin; gönderdiğin bağlantılar çalışmaya devam eder.
share-off = Paylaşım kapalı. Her drop için sana ait bir bağlantı almak için aç.
share-turn-on = Paylaşımı aç
share-turn-off = Paylaşımı kapat
share-turned-on = Paylaşım açık: aşağıdaki herhangi bir drop için bağlantı al.
share-turned-off = Paylaşım kapalı. Gönderdiğin bağlantılar çalışmaya devam eder.
share-empty = Henüz drop yok. Organizatörler bir tane yayınladığında burada görünür.
share-get-link = Bağlantımı al
share-your-link = Bağlantın
share-product = Ürün: { $product }
landing-from = { $brand } tarafından
landing-pass-on = Paylaş
landing-pass-on-text = Bu bağlantıyı bir arkadaşına gönder. Drop'un ne kadar uzağa gittiğini gösterir, senin ya da onun hakkında hiçbir şey söylemez.
landing-private = Bu sayfa çerez kullanmaz ve senin hakkında hiçbir şey saklamaz.
data-sharing = Drop paylaşımı
data-sharing-on = { $date } tarihinden beri açık
data-sharing-off = Kapalı
landing-open = { $site } üzerinde gör
member-closed-notice = Bu grup kapandı. { $date } tarihine kadar okumaya ve verilerini indirmeye (“Verilerim” altında) devam edebilirsin; o gün içindeki her şey silinecek.

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

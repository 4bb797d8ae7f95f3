# Cohorts メンバー向け画面：日本語

## The frame of every page

nav-main = メインメニュー
nav-my-cohort = マイグループ
nav-my-data = 自分のデータ
sign-out = ログアウト
footer = Cohorts · メンバー限定のプライベートコミュニティ。メンバーが共有した内容はグループの外に出ません。
language-label = 言語
language-change = 変更

## Error pages

error-code = エラー { $status }
error-start-page = トップページへ
error-not-found-title = ページが見つかりません
error-not-found = ここには何もありません。リンクが間違っているか、リンク先が削除された可能性があります。
error-bad-request-title = リクエストを理解できませんでした
error-forbidden-title = 許可されていません
error-gone-title = このリンクはもう使えません
error-conflict-title = 実行できませんでした
error-closed-title = このグループは終了しました
error-closed = 運営者がこのグループを終了しました。読むことと自分のデータのダウンロードはできますが、投稿・回答・参加はもうできません。
error-duplicate-title = 送信済みです
error-duplicate = このフォームはすでに一度送信されたため、これ以上は何も行われませんでした。グループに参加した場合は、個人用リンクを開くか、/link からメールで再発行してください。
error-login-title = ログインしてください
error-login = このページを見るにはログインしてください。
error-too-many-title = 試行回数が多すぎます
error-too-many = あなたのアドレスからの試行が多すぎます。1分待ってからもう一度お試しください。
error-too-large-title = サイズが大きすぎます
error-too-large = 送信された内容がこのフォームの上限を超えています。短くしてもう一度お試しください。
error-unavailable-title = Cohorts は一時的に利用できません
error-unavailable = データベースが現在応答していません。送信した内容は保存されていません。数秒後にもう一度お試しください。
error-busy-title = Cohorts は混み合っています
error-busy = 多くの写真が同時に届いています。送信した内容は保存されていません。前のページに戻り、1分後にもう一度送信してください。
error-internal-title = こちら側で問題が発生しました
error-internal = 問題は記録されました。もう一度お試しください。

## Joining

join-invited-by = 招待元：
join-about = テーマ：
join-private = 最大数百人のプライベートなグループです。あなたの投稿は他のメンバーと { $brand } のチームだけが見ることができ、公開されることはありません。残り { $seats } 席です。
join-heading = 参加する
join-display-name = 表示名（他のメンバーに表示される名前。本名でなくてかまいません）
join-city = あなたの都市
join-choose = 選択…
join-born = 生まれた年月は？（保存されるのは年と月だけです）
join-month = 月
join-year = 年
join-country = 住んでいる国
join-email = メールアドレス（任意：個人用リンクをメールで受け取るため、なくしたときに再発行するため）
join-guardian = 私は住んでいる地域のデジタル同意年齢（多くの国で16歳）未満で、保護者がこのページを読み、私の参加に同意しています。
join-consent = ここに投稿した内容がグループのメンバーと { $brand } に共有されること、そして私の都市と年齢層が匿名の集計に使われることに同意します。データのダウンロードや退会はいつでもできます。
join-button = { $cohort } に参加する

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## The welcome page, once joined

welcome-title = { $cohort } へようこそ！
welcome-link = これはあなたの個人用リンクです。グループに入るための鍵なので、他の人には教えず、ブックマークしておいてください。表示されるのは今回だけです。
welcome-link-label = あなたの個人用リンク
welcome-go = マイグループへ

## Pages of a list

pager-label = ページ
pager-newer = ← 新しい投稿
pager-older = 古い投稿 →
pager-page = { $page } / { $pages } ページ

## The member's page

home-todo = やること
todo-open = 未回答
todo-done-changeable = 回答済み：まだ変更できます
todo-done = 回答済み
todo-closed = 終了
todo-due = 期限 { $due }
home-hidden-title = あなたの投稿の一部がグループに表示されていません
home-hidden-why = 他のメンバーには見えていません。理由は次のとおりです：
home-hidden-when = { $when } に非表示
home-hidden-mistake = 間違いだと思う場合は、グループの運営者に聞いてください。
home-sent-title = { $product } があなたのもとへ向かっています
home-sent-text = 運営者が { $when } に発送しました。届いたら知らせてください。ここでレビューできるようになります。
home-sent-text-early = 運営者が { $when } に発送しました。届いたら知らせてください。誰よりも先にここでレビューできます。
home-sent-button = 受け取りました
home-share = シェアする
home-publish = グループに投稿する
home-feed = グループのフィード
home-feed-empty = まだ何もありません。最初の投稿をしよう：{ $theme } について思うことをシェアしてください。
post-edit = 編集
post-delete = 削除
post-report = 報告

## Writing a post

post-what = 何をシェアしますか？
post-kind-post = 投稿
post-kind-review = 商品レビュー
post-product = 商品（レビューの場合）
post-no-products = レビューできる商品はまだありません。運営者が追加します。
post-rating = 評価（レビューの場合）
post-stars = 星 { $stars } つ
post-title = レビューのタイトル
post-body = 本文
post-photos = 写真（最大6枚：JPEG、PNG、WebP、各10MBまで）
post-photos-private = 写真に含まれる位置情報などの隠れたデータは、誰かが見る前に削除されます。

## A post in the feed

feed-minor = 18歳未満
feed-minor-hint = 投稿時に18歳未満
feed-reviewed = レビュー：
feed-edited = （編集済み）
feed-stars-label = 5つ星中 { $rating }
feed-photo-alt = { $author } の写真 { $count } 枚中 { $n } 枚目
feed-hidden = メンバーには非表示：{ $reason }

## What the join form says when something is missing or wrong

join-error-name = 表示名は2〜40文字で入力してください。
join-error-city = リストから都市を選んでください。
join-error-year = 生まれた年を入力してください（例：2008）。
join-error-month = 生まれた月を選んでください。
join-error-birth-impossible = その生まれ年はありえません。
join-error-country = 住んでいる国をリストから選んでください。
join-error-email = メールアドレスの形式ではないようです。確認するか、空欄のままにしてください。
join-error-consent = 参加するには、内容を読んでこのボックスにチェックを入れてください。
join-error-too-young = メンバーは{ $age }歳以上である必要があります。
join-error-guardian = { $country } では、{ $age }歳未満の場合、参加には保護者の同意が必要です。保護者にこのページを読んでもらい、ボックスにチェックを入れてください。

## 多くのページで使うボタン

cancel = キャンセル

## 自分のデータ

data-title = 自分のデータ
data-keeps = Cohorts が保存するのは、表示名、都市、生まれた年と月、国、あなたが出した同意、そして { $cohort } に投稿した内容です。
data-download = すべてダウンロード（JSON）
data-reminders = リマインダーメール
data-reminders-on = 運営がグループに質問したとき（まだ答えていなければ締め切り前に最大2回）と、2週間投稿がないときに短いリマインダーをメールでお送りします。
data-reminders-off = リマインダーはオフです。新しいアクティビティや静かな週についてのメールは届きません。
data-reminders-turn-off = リマインダーをオフにする
data-reminders-turn-on = リマインダーをオンにする
data-no-email = メールアドレスなしで参加したので、メールは一切お送りしません。
data-zone-heading = タイムゾーン
data-zone-text = あなたの国：{ $country }。ページとメールの時刻は { $zone } で表示されます。
data-zone-label = あなたのタイムゾーン
data-zone-save = タイムゾーンを保存
data-zone-error = リストからタイムゾーンを選んでください。
data-another-country = その他の国
data-leave-heading = グループを抜ける
data-leave-text = 抜けると、メンバー登録と投稿したすべてが、すべてのページとすべての数値から削除されます。元に戻せません。
data-leave-button = { $cohort } を抜ける…
flash-zone-saved = 保存しました。時刻は選んだタイムゾーンで表示されます。
flash-reminders-on = リマインダーはオンです。
flash-reminders-off = リマインダーはオフです。投稿についてのメールは送りません。

## グループを抜ける

leave-heading = { $cohort } を抜けますか？
leave-text = メンバー登録と投稿したすべてが、すべてのページとすべての数値から削除されます。個人リンクも使えなくなります。元に戻せません。
leave-button = 抜けてデータを削除する
flash-left = グループを抜け、あなたのデータは削除されました。

## 投稿の編集・削除・報告

edit-title = 投稿を編集
edit-save = 変更を保存
flash-edited = 変更を保存しました。
delete-title = 投稿を削除
delete-heading = この投稿を削除しますか？
delete-text = グループのフィードから全員に見えなくなります。元に戻せません。
flash-deleted = 投稿を削除しました。
flash-shared = グループに共有しました。
flash-held = 保存しましたが、まだグループには表示されていません。個人情報が含まれているようなので、先に運営が確認します。理由は下に書いてあります。
flash-received = 知らせてくれてありがとう。{ $product } のレビューができるようになりました。下で「商品レビュー」を選んでください。
report-title = 投稿を報告
report-text = 何が問題かを運営に伝えてください。運営が確認し、グループから非表示にできます。書いた人に、誰が報告したかは伝わりません。
report-legend = 何が問題ですか？
report-bullying = 意地悪、またはいじめです
report-personal-details = 個人情報が書かれています
report-inappropriate = このグループにふさわしくありません
report-spam = スパムまたは広告です
report-other = その他の問題があります
report-send = 報告を送る
report-error = 投稿の何が問題かを選んでください。
flash-reported = ありがとう。運営が投稿を確認します。書いた人に、誰が報告したかは伝わりません。
flash-reported-again = この投稿はすでに報告済みです。運営が確認します。

## 個人リンクをもう一度受け取る

link-title = 個人リンクをもう一度受け取る
link-sent = そのアドレスがグループのメンバーのものなら、新しい個人リンクを送りました。受信トレイと迷惑メールフォルダを確認してください。新しいリンクが送られると、古いリンクは使えなくなります。
link-intro = 参加したときのメールアドレスを入力してください。新しい個人リンクを送ります。古いリンクは使えなくなります。
link-email = メールアドレス
link-send = リンクを送って
link-no-email = メールアドレスなしで参加しましたか？グループの運営に新しい招待を頼んでください。
link-error-email = 有効なメールアドレスではありません。確認してもう一度試してください。

## リマインダーメールを止める

stop-title = リマインダーメール
stop-button = オフにする
stop-done = 完了
stop-nudges-heading = リマインダーを止めますか？
stop-nudges-text = 運営がグループに質問したとき（まだ答えていなければ締め切り前に最大2回）と、2週間投稿がないときに、メンバーにメールを送っています。クリックひとつで今後は送りません。グループの「自分のデータ」ページからいつでもオンに戻せます。
stop-nudges-done = 今後リマインダーは送りません。グループの「自分のデータ」ページからオンに戻せます。
stop-invite-heading = この招待のリマインダーを止めますか？
stop-invite-text = まだ受けていない招待は最大2回までお知らせします。クリックひとつで今後は送りません。
stop-invite-done = この招待について、今後お知らせはしません。

## The start page

start-title = ようこそ
start-about = ブランドのメンバーが、公開のSNSから離れて、生の投稿・写真・レビューを共有するプライベートなコミュニティです。
start-member = メンバーの方へ
start-open-link = 参加したときに届いた個人リンクを開いてください。パスワードなしで、そのままグループに入れます。
start-lost-link = 個人リンクをなくしましたか？メールでもう一度受け取る
start-staff = グループを運営していますか？
start-sign-in = スタッフのサインイン

## Mails to members

mail-hi = { $name } さん、こんにちは。
mail-sign-off = — Cohorts（{ $brand }）
mail-link-subject = { $cohort } への個人リンク
mail-link-intro = { $cohort }（{ $brand }）への個人リンクです：
mail-link-open = グループを開く
mail-link-key = これはグループへの鍵です。人に教えず、ブックマークしてください。以前のリンクは使えなくなりました。
mail-link-ignore = 心当たりがなければ、このメールは無視してください。アカウントはそのままです。
mail-link-stop = 投稿を促すメールが不要なら、こちらからオフにできます：
mail-turn-off = オフにする
mail-nudge-subject = { $name } さん、最近どうですか？
mail-nudge-text = { $cohort } での最後の投稿から少し時間がたちました。{ $theme } について最近どうしていますか？良いことも悪いことも、{ $brand } は聞きたがっています。
mail-open-link = 個人リンクを開いて投稿してください。なくしたら、こちらで新しいリンクを受け取れます：
mail-nudge-stop = このリマインダーが不要なら、ワンクリックでオフにできます：
mail-activity-subject-new = { $brand } から { $cohort } への質問：{ $title }
mail-activity-subject-reminder = { $due } まで受付中：{ $title }
mail-activity-subject-review = { $product } のレビューの締め切りは { $due } です
mail-activity-new = { $brand } が { $cohort } に新しいアクティビティを用意しました：「{ $title }」。{ $due } までに答えてください。それまでは答えを変えられます。
mail-activity-reminder = { $cohort } の「{ $title }」は { $due } まで受付中で、まだ答えていません。数分で終わります。スキップしても大丈夫です。
mail-activity-review = { $cohort } の「{ $title }」の { $product } のレビューは { $due } が締め切りです。星をいくつかと短い感想、よければ写真も。スキップしても大丈夫です。
mail-activity-find = 個人リンクを開き、「やること」から見つけてください。リンクをなくしたら、こちらで新しいリンクを受け取れます：
mail-activity-stop = このメールが不要なら、ワンクリックでオフにできます：

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %Y年%-m月%-d日
time-format = %Y年%-m月%-d日 %H:%M %Z

## An activity, as a member answers it

act-back = 自分のグループ
act-due = 締め切り：{ $due }
act-answered = 回答済み
act-check = 見直しが必要な回答があります。下のメッセージを見てください。
act-your-answer = あなたの回答
act-photos-so-far = これまでの写真（新しい写真を選ぶと置き換わります）：
act-photo-alt = あなたの写真 { $n }
act-photos = 写真（最大 { $count } 枚：JPEG、PNG、WebP、各 10 MB まで）
act-sent-product = { $product } が届きました。どうですか？
act-stars-for = { $product } の星
act-stars = 星…
act-your-review = あなたのレビュー
act-photos-optional = 写真（任意、最大 { $count } 枚）
act-not-sent = ここは { $product } が届いたメンバー向けです。あなたはこの部分に答える必要はありません。
act-other = その他
act-what-other = その他の内容
act-say-what = 内容を書く
act-rank-hint = 各カードに順位をつけてください。いちばん好きなものが 1 です。
act-place = 順位…
act-others = これまでのグループの回答：
act-save = 変更を保存
act-send = 回答を送る
act-others-later = 自分が回答すると、ほかの人の回答が見られます。
act-late = 締め切りを過ぎました。回答はそのまま残ります。
act-closed = 終了しました。回答の受付は終わりです。答えてくれたみなさん、ありがとう。
flash-answers-updated = 回答を更新しました。
flash-answers-in = ありがとう！回答を受け取りました。

## What the post form says when something is missing or wrong

post-error-body = 本文を書いてください（1〜5,000 文字）。
post-error-title = レビューに 120 文字以内のタイトルをつけてください。
post-error-rating = 星を 1〜5 で選んでください。
post-error-product = レビューする商品をリストから選んでください。
post-error-no-product = レビューできる商品はまだありません（運営が追加します）。かわりに投稿をシェアしてください。
post-error-kind = 投稿かレビューかを選んでください。
post-error-limit = この 1 時間で { $count } 件投稿しました。これが上限です。本文は下に残してあります。少ししてからもう一度送ってください。
photo-too-many = 1件の投稿に追加できる写真は{ $max }枚までです（{ $count }枚選ばれています）。
photo-too-large = 「{ $file }」は10 MBを超えています。
photo-not-an-image = 「{ $file }」は写真（JPEG、PNG、WebP）ではありません。
photo-heic = 「{ $file }」はHEIC形式の写真で、Cohortsはまだ読み込めません。JPEGで保存してもう一度お試しください。
photo-too-many-pixels = 「{ $file }」は4000万画素を超えています。
photo-damaged = 「{ $file }」を読み込めませんでした。ファイルが壊れている可能性があります。
photo-kept = 文章はそのまま残っています。写真をもう一度選んでください。
answer-error-text = 回答を書いてください（4,000文字まで）。
answer-error-no-photo = 写真を1枚以上追加してください。
answer-error-too-many-photos = 写真は{ $max }枚まで追加できます。
answer-error-choose-one = 回答を1つ選んでください。
answer-error-choose-some = 回答を1つ以上選んでください。
answer-error-other = 「その他」の内容を200文字以内で書いてください。
answer-error-same-place = カードごとに別の順位をつけてください。2枚のカードが{ $n }番になっています。
answer-error-every-place = すべてのカードに1から{ $count }までの順位をつけてください。
answer-error-every-card = すべてのカードに星1〜5をつけてください。
answer-error-product-stars = 商品に星1〜5をつけてください。
answer-error-review = レビューを書いてください（4,000文字まで）。

# The invitation to someone not yet a member, and its reminders.
mail-hello = こんにちは。
mail-invite-subject = { $brand } から { $cohort } への招待が届いています
mail-invite-intro = { $brand } が、Cohorts のプライベートグループ { $cohort } にあなたを招待しています。
mail-invite-open = グループを見て参加する
mail-invite-personal = { $days ->
   *[other] このリンクを開くと、内容を確認して参加できます。あなた専用のリンクで、{ $days } 日間有効です：
}
mail-invite-ignore = 心当たりがなければ、このメールは無視してください。リンクを開いて参加しない限り、何も起こりません。
mail-invite-stop = この招待のリマインダーが不要ならオフにできます：
mail-reminder-subject = リマインダー：{ $brand } から { $cohort } への招待
mail-reminder-intro = リマインダーです：{ $brand } が、Cohorts のプライベートグループ { $cohort } にあなたを招待しました。
mail-reminder-again = 招待リンクをもう一度お送りします（前回のメールのリンクはもう使えません）：
mail-reminder-stop = このリマインダーが不要ならオフにできます：

# Above a form that came back with problems.
form-problems = { $count ->
   *[other] フォームに { $count } 件の問題があります：
}

# A personal link that opens nothing.
error-stale-link-title = この個人リンクはもう使えません
error-stale-link = 新しいリンクが送られると古い個人リンクは使えなくなります（使えるのは最新のものだけです）。メンバーがグループを抜けた場合も使えません。参加時のメールアドレスで、リンクをもう一度受け取ってください。

# What "My data" shows of what is kept.
data-you-heading = 保存しているあなたの情報
data-name = 表示名
data-email = メールアドレス
data-email-none = 未登録
data-city = 都市
data-born = 生まれ
data-born-value = { $year }年{ $month }
data-country = 国
data-guardian = 保護者の同意
data-guardian-given = 参加時に同意済み
data-guardian-none = あなたの年齢では不要
data-joined = 参加日

# The welcome page's copy button and notes.
welcome-copy = コピー
welcome-copied = コピーしました
welcome-mailed = メールでもお送りしました。
welcome-home-screen = ヒント：このページをホーム画面に追加すると（ブラウザの共有または ⋮ メニューから「ホーム画面に追加」）、アプリのようにグループを開けます。

# Sharing drops, and the public page a share link opens.
share-nav = ドロップ
share-title = ドロップをシェア
share-notice = ドロップをシェアすると、あなたのリンクが開かれた回数を数えます。数は同じ都市・年齢層の人たちと合算され、あなた一人の数として表示されることはありません。誰が開いたかは一切わかりません。名前もアドレスも記録せず、友だちのスマホにクッキーも残しません。オンにするまでシェアはオフです。
share-on = シェアはオンです。下の各ドロップに、どのチャットにも貼れるあなた専用のリンクがあります。いつでもオフにできます。送ったリンクはそのまま使えます。
share-off = シェアはオフです。オンにすると、各ドロップにあなた専用のリンクができます。
share-turn-on = シェアをオンにする
share-turn-off = シェアをオフにする
share-turned-on = シェアがオンになりました。下のドロップのリンクを取得できます。
share-turned-off = シェアがオフになりました。送ったリンクはそのまま使えます。
share-empty = まだドロップはありません。運営が公開するとここに表示されます。
share-get-link = 自分のリンクを取得
share-your-link = あなたのリンク
share-product = 商品：{ $product }
landing-from = { $brand } より
landing-pass-on = シェアしよう
landing-pass-on-text = このリンクを友だちに送ってください。ドロップがどこまで届いたかがわかるだけで、あなたや友だちのことは何もわかりません。
landing-private = このページはクッキーを使わず、あなたについて何も保存しません。
data-sharing = ドロップのシェア
data-sharing-on = { $date } からオン
data-sharing-off = オフ
landing-open = { $site } で見る
member-closed-notice = このグループは終了しました。{ $date }までは読むことと自分のデータのダウンロード（「自分のデータ」）ができます。その日にすべての内容が削除されます。

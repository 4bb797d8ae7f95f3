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

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

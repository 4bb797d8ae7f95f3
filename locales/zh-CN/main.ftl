# Cohorts 成员页面：简体中文

## The frame of every page

nav-main = 主菜单
nav-my-cohort = 我的小组
nav-my-data = 我的数据
sign-out = 退出登录
footer = Cohorts · 私密成员社区。成员分享的内容只留在小组内。
language-label = 语言
language-change = 切换

## Error pages

error-code = 错误 { $status }
error-start-page = 返回首页
error-not-found-title = 找不到页面
error-not-found = 这里什么都没有。链接可能输错了，或者它指向的内容已被删除。
error-bad-request-title = 无法理解这个请求
error-forbidden-title = 不允许
error-gone-title = 这个链接已失效
error-conflict-title = 无法完成
error-closed-title = 这个群组已关闭
error-closed = 组织者已关闭这个群组：你仍可以阅读并下载你的数据，但任何人都不能再发帖、回答或加入。
error-duplicate-title = 已经发送过了
error-duplicate = 这个表单已经发送过一次，所以没有再做任何操作。如果你已加入小组，请打开你的个人链接，或在 /link 通过邮件重新获取。
error-login-title = 请登录
error-login = 登录后才能查看此页面。
error-too-many-title = 尝试次数过多
error-too-many = 你的地址尝试次数过多。请等一分钟后再试。
error-too-large-title = 内容太大
error-too-large = 你发送的内容超过了这个表单能接受的大小。请缩短后再试。
error-unavailable-title = Cohorts 暂时无法使用
error-unavailable = 数据库暂时没有响应。你发送的内容都没有保存，请几秒钟后再试。
error-busy-title = Cohorts 正忙
error-busy = 同时上传的照片太多了。你发送的内容都没有保存，请返回并在一分钟后重新发送。
error-internal-title = 我们这边出了点问题
error-internal = 问题已被记录。请再试一次。

## Joining

join-invited-by = 邀请你的是
join-about = 主题：
join-private = 一个最多几百人的私密小组。你发布的内容只有其他成员和 { $brand } 的团队能看到，绝不会公开。还剩 { $seats } 个名额。
join-heading = 加入
join-display-name = 显示名称（其他成员看到的名字，不必用真名）
join-city = 你所在的城市
join-choose = 请选择…
join-born = 你的出生年月？（只保存年份和月份）
join-month = 月
join-year = 年
join-country = 你居住的国家或地区
join-email = 邮箱（可选：用邮件接收你的个人链接，丢失时可以再获取一个新的）
join-guardian = 我未达到所在地的数字同意年龄（许多国家为 16 岁），我的父母或监护人已阅读本页并同意我加入。
join-consent = 我同意将我在这里发布的内容分享给小组成员和 { $brand }，并同意我的城市和年龄段用于匿名统计。我可以随时下载我的数据或退出。
join-button = 加入 { $cohort }

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

welcome-title = 欢迎加入 { $cohort }！
welcome-link = 这是你的个人链接，是进入小组的钥匙：请不要分享给别人，并把它加入书签，因为它只显示这一次。
welcome-link-label = 你的个人链接
welcome-go = 进入我的小组

## Pages of a list

pager-label = 分页
pager-newer = ← 较新
pager-older = 较早 →
pager-page = 第 { $page } 页，共 { $pages } 页

## The member's page

home-todo = 待办
todo-open = 待完成
todo-done-changeable = 已完成：仍可修改
todo-done = 已完成
todo-closed = 已关闭
todo-due = 截止 { $due }
home-hidden-title = 你的部分帖子没有向小组显示
home-hidden-why = 其他成员看不到。原因如下：
home-hidden-when = 于 { $when } 隐藏
home-hidden-mistake = 如果你认为这是误会，请联系小组的组织者。
home-sent-title = { $product } 正在寄给你
home-sent-text = 组织者已于 { $when } 寄出。收到后告诉他们，你就可以在这里评价了。
home-sent-text-early = 组织者已于 { $when } 寄出。收到后告诉他们，你就可以比所有人更早在这里评价。
home-sent-button = 我收到了
home-share = 分享点什么
home-publish = 发布到小组
home-feed = 小组动态
home-feed-empty = 这里还什么都没有。来做第一个吧：分享你对 { $theme } 的看法。
post-edit = 编辑
post-delete = 删除
post-report = 举报

## Writing a post

post-what = 你要分享什么？
post-kind-post = 一条帖子
post-kind-review = 一条产品评价
post-product = 产品（用于评价）
post-no-products = 还没有可以评价的产品：由组织者添加。
post-rating = 评分（用于评价）
post-stars = { $stars } 星
post-title = 评价标题
post-body = 你的内容
post-photos = 照片（最多 6 张：JPEG、PNG 或 WebP，每张 10 MB 以内）
post-photos-private = 照片中的位置等隐藏信息会在任何人看到之前被删除。

## A post in the feed

feed-minor = 未满 18 岁
feed-minor-hint = 发布时未满 18 岁
feed-reviewed = 评价了
feed-edited = （已编辑）
feed-stars-label = { $rating } 星（满分 5 星）
feed-photo-alt = { $author } 的照片，第 { $n } 张，共 { $count } 张
feed-hidden = 已对成员隐藏：{ $reason }

## What the join form says when something is missing or wrong

join-error-name = 请填写 2 到 40 个字符的显示名称。
join-error-city = 请从列表中选择你的城市。
join-error-year = 请填写你的出生年份，例如 2008。
join-error-month = 请选择你的出生月份。
join-error-birth-impossible = 这个出生年份不可能。
join-error-country = 请从列表中选择你居住的国家或地区。
join-error-email = 这看起来不像邮箱地址：请检查，或留空。
join-error-consent = 请阅读并勾选此框后加入。
join-error-too-young = 成员必须年满 { $age } 岁。
join-error-guardian = 在 { $country }，未满 { $age } 岁加入需要父母或监护人同意。请让他们阅读本页并勾选此框。

## 多个页面共用的按钮

cancel = 取消

## 我的数据

data-title = 我的数据
data-keeps = Cohorts 保存你的显示名称、城市、出生年月、国家、你给出的同意，以及你在 { $cohort } 发布的内容。
data-download = 全部下载（JSON）
data-reminders = 提醒邮件
data-reminders-on = 组织者向小组提问时我们会给你发邮件（如果你还没回答，截止前最多再提醒两次）；两周没有发帖时也会发一条简短提醒。
data-reminders-off = 你已关闭提醒：不会收到关于新活动或安静周的邮件。
data-reminders-turn-off = 关闭提醒
data-reminders-turn-on = 开启提醒
data-no-email = 你加入时没有填写邮箱，所以我们从不给你发邮件。
data-zone-heading = 时区
data-zone-text = 你的国家：{ $country }。你的页面和我们的邮件中的时间按 { $zone } 显示。
data-zone-label = 你的时区
data-zone-save = 保存时区
data-zone-error = 请从列表中选择一个时区。
data-another-country = 其他国家
data-leave-heading = 退出小组
data-leave-text = 退出会删除你的成员身份和你发布的所有内容，从每个页面和每个数字中删除。无法撤销。
data-leave-button = 退出 { $cohort }…
flash-zone-saved = 已保存：时间按你选择的时区显示。
flash-reminders-on = 提醒已开启。
flash-reminders-off = 提醒已关闭。我们不会再发邮件提醒你发帖。

## 退出小组

leave-heading = 要退出 { $cohort } 吗？
leave-text = 你的成员身份和你发布的所有内容将从每个页面和每个数字中删除。你的个人链接将失效。无法撤销。
leave-button = 退出并删除我的数据
flash-left = 你已退出小组，你的数据已删除。

## 编辑、删除和举报帖子

edit-title = 编辑你的帖子
edit-save = 保存修改
flash-edited = 你的修改已保存。
delete-title = 删除帖子
delete-heading = 要删除这条帖子吗？
delete-text = 它会从小组动态中对所有人消失。无法撤销。
flash-deleted = 帖子已删除。
flash-shared = 已分享到你的小组。
flash-held = 已保存，但还没有向小组展示：它似乎包含个人信息，所以组织者会先检查。原因见下方。
flash-received = 谢谢告诉我们。你现在可以评价 { $product } 了：在下方选择“产品评价”。
report-title = 举报帖子
report-text = 告诉组织者哪里有问题。他们会查看，并可以对小组隐藏它。发帖的人不会知道是谁举报的。
report-legend = 有什么问题？
report-bullying = 不友善或是欺凌
report-personal-details = 泄露了个人信息
report-inappropriate = 不适合这个小组
report-spam = 是垃圾信息或广告
report-other = 有其他问题
report-send = 发送举报
report-error = 请选择这条帖子的问题。
flash-reported = 谢谢。组织者会查看这条帖子；发帖的人不会知道是谁举报的。
flash-reported-again = 你已经举报过这条帖子；组织者会查看。

## 重新获取个人链接

link-title = 重新获取你的个人链接
link-sent = 如果这个地址属于某个小组的成员，新的个人链接已在路上。请查看收件箱和垃圾邮件文件夹。新链接发出后，旧链接将失效。
link-intro = 输入你加入时填写的邮箱地址。我们会给你发送新的个人链接；旧链接将失效。
link-email = 邮箱
link-send = 把链接发给我
link-no-email = 加入时没有填写邮箱？请向小组组织者要一个新的邀请。
link-error-email = 这不是有效的邮箱地址：请检查后重试。

## 停止提醒邮件

stop-title = 邮件提醒
stop-button = 关闭提醒
stop-done = 完成
stop-nudges-heading = 停止提醒吗？
stop-nudges-text = 组织者向小组提问时（如果成员还没回答，截止前最多两次），以及成员两周没有发帖时，我们会给成员发邮件。点一下就不再发送；你可以在小组的“我的数据”页面重新开启。
stop-nudges-done = 我们不会再给你发提醒。你可以在小组的“我的数据”页面重新开启。
stop-invite-heading = 停止这个邀请的提醒吗？
stop-invite-text = 对未接受的邀请，我们最多提醒两次。点一下就不再提醒。
stop-invite-done = 我们不会再就这个邀请提醒你。

## The start page

start-title = 欢迎
start-about = 品牌成员在这里分享第一手的帖子、照片和评价的私密社区，远离公开的社交媒体。
start-member = 你是成员吗？
start-open-link = 打开你加入时收到的个人链接。无需密码，直接进入你的小组。
start-lost-link = 个人链接丢了？通过邮件重新获取
start-staff = 你在管理小组吗？
start-sign-in = 工作人员登录

## Mails to members

mail-hi = { $name }，你好：
mail-sign-off = — Cohorts，代表 { $brand }
mail-link-subject = 你在 { $cohort } 的个人链接
mail-link-intro = 这是你在 { $cohort }（{ $brand }）的个人链接：
mail-link-open = 打开我的小组
mail-link-key = 这是你进入小组的钥匙：请自己保管并加入书签。之前的链接已失效。
mail-link-ignore = 如果不是你本人申请的，可以忽略这封邮件；你的账号不会有任何变化。
mail-link-stop = 不想再收到提醒发帖的邮件？在这里关闭：
mail-turn-off = 关闭
mail-nudge-subject = { $name }，最近怎么样？
mail-nudge-text = 你已经有一阵子没在 { $cohort } 发帖了。最近在 { $theme } 方面忙些什么？无论好坏，{ $brand } 都很想听听。
mail-open-link = 打开你的个人链接来发帖。链接丢了？在这里获取新的：
mail-nudge-stop = 不想收到这些提醒？点一下即可关闭：
mail-activity-subject-new = { $brand } 向 { $cohort } 提问：{ $title }
mail-activity-subject-reminder = 开放至 { $due }：{ $title }
mail-activity-subject-review = 你对 { $product } 的评价截止于 { $due }
mail-activity-new = { $brand } 为 { $cohort } 发布了新活动：“{ $title }”。请在 { $due } 前回答；在此之前可以修改答案。
mail-activity-reminder = { $cohort } 的“{ $title }”开放至 { $due }，你还没有回答。只需几分钟，跳过也没关系。
mail-activity-review = { $cohort } 的“{ $title }”中你对 { $product } 的评价截止于 { $due }：打几颗星、写几句话，愿意的话再加张照片。跳过也没关系。
mail-activity-find = 打开你的个人链接，在“待办”中找到它。链接丢了？在这里获取新的：
mail-activity-stop = 不想收到这些邮件？点一下即可关闭：

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %Y年%-m月%-d日
time-format = %Y年%-m月%-d日 %H:%M %Z

## An activity, as a member answers it

act-back = 我的小组
act-due = 截止：{ $due }
act-answered = 你已回答
act-check = 有些回答需要再看一下：请看下方的提示。
act-your-answer = 你的回答
act-photos-so-far = 你目前的照片（选择新照片即可替换）：
act-photo-alt = 你的照片 { $n }
act-photos = 照片（最多 { $count } 张：JPEG、PNG 或 WebP，每张 10 MB）
act-sent-product = 你收到了 { $product }：感觉怎么样？
act-stars-for = 你给 { $product } 的星级
act-stars = 星级…
act-your-review = 你的评价
act-photos-optional = 照片（可选，最多 { $count } 张）
act-not-sent = 这一部分是给收到 { $product } 的成员的；你这里无需作答。
act-other = 其他
act-what-other = 其他内容
act-say-what = 请写出是什么
act-rank-hint = 给每张卡片排个位置：最喜欢的排 1。
act-place = 位置…
act-others = 小组目前的回答：
act-save = 保存我的修改
act-send = 提交我的回答
act-others-later = 你回答之后就能看到其他人的回答。
act-late = 已过截止时间：你的回答保持不变。
act-closed = 已关闭：不再接受回答。感谢所有回答的人。
flash-answers-updated = 你的回答已更新。
flash-answers-in = 谢谢！你的回答已收到。

## What the post form says when something is missing or wrong

post-error-body = 请写下你的内容：1 到 5,000 个字符。
post-error-title = 给你的评价起一个不超过 120 个字符的标题。
post-error-rating = 请选择 1 到 5 颗星。
post-error-product = 请从列表中选择你要评价的产品。
post-error-no-product = 还没有可评价的产品：由组织者添加。请先分享一条帖子。
post-error-kind = 请选择帖子或评价。
post-error-limit = 你在过去一小时内已分享 { $count } 条帖子，已达上限。你的内容保留在下方：请稍后再发送。
photo-too-many = 每条帖子最多添加 { $max } 张照片（已选择 { $count } 张）。
photo-too-large = “{ $file }”超过 10 MB。
photo-not-an-image = “{ $file }”不是照片（JPEG、PNG 或 WebP）。
photo-heic = “{ $file }”是 HEIC 格式的照片，Cohorts 暂时无法读取：请另存为 JPEG 后再试。
photo-too-many-pixels = “{ $file }”超过 4000 万像素。
photo-damaged = 无法读取“{ $file }”：文件可能已损坏。
photo-kept = 你的文字已保留；请重新选择照片。
answer-error-text = 请写下你的回答：最多 4,000 个字符。
answer-error-no-photo = 请至少添加一张照片。
answer-error-too-many-photos = 最多添加 { $max } 张照片。
answer-error-choose-one = 请选择一个答案。
answer-error-choose-some = 请至少选择一个答案。
answer-error-other = 请说明“其他”是什么，最多 200 个字符。
answer-error-same-place = 请给每张卡片不同的名次：有两张卡片都是第 { $n } 名。
answer-error-every-place = 请给每张卡片一个 1 到 { $count } 的名次。
answer-error-every-card = 请给每张卡片打 1 到 5 颗星。
answer-error-product-stars = 请给产品打 1 到 5 颗星。
answer-error-review = 请写下你的评价：最多 4,000 个字符。

# The invitation to someone not yet a member, and its reminders.
mail-hello = 你好：
mail-invite-subject = { $brand } 邀请你加入 { $cohort }
mail-invite-intro = { $brand } 邀请你加入 Cohorts 上的私密小组 { $cohort }。
mail-invite-open = 查看小组并加入
mail-invite-personal = { $days ->
   *[other] 打开这个链接，了解小组并加入。链接是你专属的，{ $days } 天内有效：
}
mail-invite-ignore = 如果你没有预料到这封邮件，可以忽略它：除非你打开链接并加入，否则什么都不会发生。
mail-invite-stop = 不想收到这个邀请的提醒？关闭提醒：
mail-reminder-subject = 提醒：{ $brand } 邀请你加入 { $cohort }
mail-reminder-intro = 提醒一下：{ $brand } 邀请你加入 Cohorts 上的私密小组 { $cohort }。
mail-reminder-again = 这是你的邀请链接（上一封邮件里的链接已失效）：
mail-reminder-stop = 不想收到这些提醒？关闭提醒：

# Above a form that came back with problems.
form-problems = { $count ->
   *[other] 表单中有 { $count } 个问题：
}

# A personal link that opens nothing.
error-stale-link-title = 这个个人链接已失效
error-stale-link = 发送新链接后，旧的个人链接会失效（只有最新的有效）；成员退出小组后链接也会失效。请用加入时填写的邮箱重新获取你的链接。

# What "My data" shows of what is kept.
data-you-heading = 我们保存的你的信息
data-name = 显示名称
data-email = 邮箱
data-email-none = 未填写
data-city = 城市
data-born = 出生
data-born-value = { $year }年{ $month }
data-country = 国家/地区
data-guardian = 父母或监护人的同意
data-guardian-given = 加入时已同意
data-guardian-none = 以你的年龄无需同意
data-joined = 加入时间

# The welcome page's copy button and notes.
welcome-copy = 复制
welcome-copied = 已复制
welcome-mailed = 我们也已把它发到你的邮箱。
welcome-home-screen = 小提示：把这个页面添加到主屏幕（浏览器的分享或 ⋮ 菜单，然后选“添加到主屏幕”），就能像打开应用一样打开你的小组。

# Sharing drops, and the public page a share link opens.
share-nav = 分享内容
share-title = 分享内容
share-notice = 当你转发一条内容时，我们会统计你的链接被打开的次数——与你所在城市和年龄段的其他人合计，绝不单独显示你的数据。我们永远不知道是谁打开的：不记录姓名，不记录地址，也不会在你朋友的手机上留下 Cookie。在你开启之前，分享一直是关闭的。
share-on = 分享已开启。下面每条内容都有一个你专属的链接，可以粘贴到任何聊天中。你可以随时关闭；已经发出的链接仍然有效。
share-off = 分享已关闭。开启后，每条内容都会有你专属的链接。
share-turn-on = 开启分享
share-turn-off = 关闭分享
share-turned-on = 分享已开启：可以为下面任意一条内容获取链接。
share-turned-off = 分享已关闭。已经发出的链接仍然有效。
share-empty = 还没有内容。主办方发布后会显示在这里。
share-get-link = 获取我的链接
share-your-link = 你的链接
share-product = 产品：{ $product }
landing-from = 来自 { $brand }
landing-pass-on = 转发给朋友
landing-pass-on-text = 把这个链接发给朋友。它只显示内容传播了多远，不会透露你或朋友的任何信息。
landing-private = 此页面不使用 Cookie，也不保存任何关于你的信息。
data-sharing = 分享内容
data-sharing-on = 自 { $date } 起开启
data-sharing-off = 已关闭
landing-open = 在 { $site } 查看
member-closed-notice = 这个群组已关闭。在 { $date } 之前，你仍可以阅读并下载你的数据（在“我的数据”中）；届时其中的所有内容都将被删除。

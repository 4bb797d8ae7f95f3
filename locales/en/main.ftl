# Cohorts, the members' side: English (the reference every other language follows).
# Each message has an id (left of "=") that the code uses; translate the text only.
# { $name } is filled in by Cohorts; keep it, and keep any plural branches.

## The frame of every page

nav-main = Main
nav-my-cohort = My cohort
nav-my-data = My data
sign-out = Sign out
footer = Cohorts · private member communities. What members share stays inside their cohort.
language-label = Language
language-change = Change

## Error pages

error-code = Error { $status }
error-start-page = Go to the start page
error-not-found-title = Page not found
error-not-found = There is nothing here. The link may be mistyped, or what it pointed to was removed.
error-bad-request-title = That request could not be understood
error-forbidden-title = Not allowed
error-gone-title = This link no longer works
error-conflict-title = That could not be done
error-closed-title = This cohort has closed
error-closed = Its organisers closed this cohort: you can still read it and download your data, but nobody can post, answer or join any more.
error-duplicate-title = Already sent
error-duplicate = This form was already sent once, so nothing more was done. If you joined a cohort, open your personal link, or get it again by email at /link.
error-login-title = Please sign in
error-login = Sign in to see this page.
error-too-many-title = Too many attempts
error-too-many = There were too many attempts from your address. Wait a minute, then try again.
error-too-large-title = That was too large
error-too-large = What you sent is larger than this form accepts. Shorten it and try again.
error-unavailable-title = Cohorts is briefly unavailable
error-unavailable = The database is not answering right now. Nothing you sent was saved; please try again in a few seconds.
error-busy-title = Cohorts is busy
error-busy = Many photos are arriving at once. Nothing you sent was saved; go back and send it again in a minute.
error-internal-title = Something went wrong on our side
error-internal = The problem has been logged. Please try again.

## Joining

join-invited-by = You are invited by
join-about = About:
join-private = A private group of up to a few hundred people. What you post is seen by the other members and by { $brand }'s team, never published. { $seats ->
    [one] { $seats } seat left.
   *[other] { $seats } seats left.
}
join-heading = Join
join-display-name = Display name (what other members see; no need for your real name)
join-city = Your city
join-choose = Choose…
join-born = When were you born? (only year and month are kept)
join-month = Month
join-year = Year
join-country = Country you live in
join-email = Email (optional: to get your personal link by mail, and a new one if you lose it)
join-guardian = I am under the age of digital consent where I live (16 in many countries), and my parent or guardian has read this page and agrees that I join.
join-consent = I agree that what I post here is shared with the cohort's members and { $brand }, and that my city and age band are used in anonymous figures. I can download my data or leave at any time.
join-button = Join { $cohort }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The welcome page, once joined

welcome-title = Welcome to { $cohort }!
welcome-link = This is your personal link. It is your key to the cohort: keep it private and bookmark it, because it is shown only this once.
welcome-link-label = Your personal link
welcome-go = Go to my cohort

## Pages of a list

pager-label = Pages
pager-newer = ← Newer
pager-older = Older →
pager-page = Page { $page } of { $pages }

## The member's page

home-todo = To do
todo-open = To do
todo-done-changeable = Done: you can still change it
todo-done = Done
todo-closed = Closed
todo-due = due { $due }
home-hidden-title = { $count ->
    [one] One of your posts is not shown to the cohort
   *[other] Some of your posts are not shown to the cohort
}
home-hidden-why = { $count ->
    [one] Other members do not see it. Here is why:
   *[other] Other members do not see them. Here is why:
}
home-hidden-when = hidden { $when }
home-hidden-mistake = If you think this is a mistake, ask the organisers of the cohort.
home-sent-title = { $product } is on its way to you
home-sent-text = The organisers sent it on { $when }. Once it arrives, tell them, and you can review it here.
home-sent-text-early = The organisers sent it on { $when }. Once it arrives, tell them, and you can review it here before anyone else can.
home-sent-button = I've got it
home-share = Share something
home-publish = Publish to the cohort
home-feed = Cohort feed
home-feed-empty = Nothing here yet. Be the first: share what you think of { $theme }.
post-edit = Edit
post-delete = Delete
post-report = Report

## Writing a post

post-what = What are you sharing?
post-kind-post = A post
post-kind-review = A product review
post-product = Product (for reviews)
post-no-products = There is no product to review yet: the organisers add them.
post-rating = Rating (for reviews)
post-stars = { $stars ->
    [one] { $stars } star
   *[other] { $stars } stars
}
post-title = Review title
post-body = Your text
post-photos = Photos (up to 6: JPEG, PNG or WebP, 10 MB each)
post-photos-private = Location and other hidden data in your photos are removed before anyone sees them.

## A post in the feed

feed-minor = under 18
feed-minor-hint = Under 18 when they wrote this
feed-reviewed = reviewed
feed-edited = (edited)
feed-stars-label = { $rating } out of 5 stars
feed-photo-alt = Photo { $n } of { $count } by { $author }
feed-hidden = Hidden from members: { $reason }

## What the join form says when something is missing or wrong

join-error-name = Give a display name of 2 to 40 characters.
join-error-city = Choose your city from the list.
join-error-year = Enter your birth year, for example 2008.
join-error-month = Choose your birth month.
join-error-birth-impossible = That birth year is not possible.
join-error-country = Choose the country you live in from the list.
join-error-email = That is not a valid email address: check it, or leave the box empty.
join-error-consent = Please read and tick this box to join.
join-error-too-young = Members must be at least { $age } years old.
join-error-guardian = In { $country } you need a parent or guardian's agreement to join under { $age }. Ask them to read this page and tick the box.

## Buttons many pages share

cancel = Cancel

## My data

data-title = My data
data-keeps = Cohorts keeps your display name, city, birth year and month, country, the consent you gave, and what you posted in { $cohort }.
data-download = Download everything (JSON)
data-reminders = Reminder emails
data-reminders-on = We mail you when the organisers ask the cohort something (and twice at most before it is due, if you haven't answered), and a short reminder if you haven't posted for two weeks.
data-reminders-off = You have turned off the reminders: no mail about new activities or quiet weeks.
data-reminders-turn-off = Turn reminders off
data-reminders-turn-on = Turn reminders on
data-no-email = You joined without an email address, so we never email you.
data-zone-heading = Time zone
data-zone-text = You live in { $country }: times on your pages and in our emails are shown in { $zone }.
data-zone-label = Your time zone
data-zone-save = Save time zone
data-zone-error = Choose one of the time zones in the list.
data-another-country = another country
data-leave-heading = Leave the cohort
data-leave-text = Leaving deletes your membership and everything you posted, from every page and every figure. It cannot be undone.
data-leave-button = Leave { $cohort }…
flash-zone-saved = Saved: times are shown in the zone you chose.
flash-reminders-on = Reminders are on.
flash-reminders-off = Reminders are off. We won't email you about posting.

## Leaving the cohort

leave-heading = Leave { $cohort }?
leave-text = Your membership and everything you posted will be deleted, from every page and every figure. Your personal link will stop working. This cannot be undone.
leave-button = Leave and delete my data
flash-left = You have left the cohort and your data has been deleted.

## Editing, deleting and reporting a post

edit-title = Edit your post
edit-save = Save changes
flash-edited = Your changes are saved.
delete-title = Delete post
delete-heading = Delete this post?
delete-text = It disappears from the cohort's feed for everyone. This cannot be undone.
flash-deleted = Post deleted.
flash-shared = Shared with your cohort.
flash-held = Saved, but not shown to the cohort yet: it seems to include personal details, so the organisers will check it first. See below why.
flash-received = Thanks for telling us. You can review { $product } now: choose “A product review” below.
report-title = Report a post
report-text = Tell the organisers what is wrong. They will look at it and can hide it from the cohort. The person who wrote it is not told who reported it.
report-legend = What is wrong with it?
report-bullying = It is unkind or bullying
report-personal-details = It gives away personal details
report-inappropriate = It is not right for this group
report-spam = It is spam or an advert
report-other = Something else is wrong
report-send = Send the report
report-error = Choose what is wrong with the post.
flash-reported = Thank you. The organisers will look at the post; the person who wrote it is not told who reported it.
flash-reported-again = You have reported this post already; the organisers will look at it.

## Getting a personal link again

link-title = Get your personal link again
link-sent = If that address belongs to a member of a cohort, a new personal link is on its way. Check your inbox, and your spam folder. Your old link no longer works once the new one is sent.
link-intro = Enter the email address you gave when you joined. We'll send you a new personal link; the old one stops working.
link-email = Email
link-send = Send me my link
link-no-email = Joined without giving an email? Ask the cohort's organiser for a new invite.
link-error-email = That is not a valid email address: check it and try again.

## Stopping reminder emails

stop-title = Email reminders
stop-button = Turn them off
stop-done = Done
stop-nudges-heading = Stop the reminders?
stop-nudges-text = We email members when the organisers ask the cohort something (and twice at most before it is due, if you haven't answered), and when they haven't posted for two weeks. One click and we won't again; you can turn them back on from your cohort's “My data” page.
stop-nudges-done = We won't send you reminders again. You can turn them back on from your cohort's “My data” page.
stop-invite-heading = Stop the reminders about this invite?
stop-invite-text = We remind people of an invite they haven't taken up, twice at most. One click and we won't again.
stop-invite-done = We won't remind you about this invite again.

## The start page

start-title = Welcome
start-about = Private communities where a brand's members share first-hand posts, photos and reviews, away from public social media.
start-member = Are you a member?
start-open-link = Open the personal link you were sent when you joined. It takes you straight to your cohort, no password needed.
start-lost-link = Lost your personal link? Get it again by email
start-staff = Do you run cohorts?
start-sign-in = Staff sign in

## Mails to members (the subject first, then the text)

mail-hi = Hi { $name },
mail-sign-off = — Cohorts, for { $brand }
mail-link-subject = Your personal link to { $cohort }
mail-link-intro = Here is your personal link to { $cohort } ({ $brand }):
mail-link-open = Open my cohort
mail-link-key = It is your key to the cohort: keep it private and bookmark it. If you had an earlier link, it no longer works.
mail-link-ignore = If you did not ask for this, you can ignore this message; your account stays as it is.
mail-link-stop = Don't want emails reminding you to post? Turn them off:
mail-turn-off = Turn them off
mail-nudge-subject = What's new with you, { $name }?
mail-nudge-text = It's been a while since your last post in { $cohort }. What have you been up to with { $theme }? { $brand } would love to hear it, good or bad.
mail-open-link = Open your personal link to post. Lost it? Get a new one here:
mail-nudge-stop = Don't want these nudges? Turn them off with one click:
mail-activity-subject-new = { $brand } asks { $cohort }: { $title }
mail-activity-subject-reminder = Still open until { $due }: { $title }
mail-activity-subject-review = Your review of { $product } is due by { $due }
mail-activity-new = { $brand } has a new activity for { $cohort }: “{ $title }”. Answer it by { $due }; you can change your answers until then.
mail-activity-reminder = “{ $title }” in { $cohort } is still open until { $due }, and you have not answered yet. It only takes a few minutes, and it is fine to skip it.
mail-activity-review = Your review of { $product } for “{ $title }” in { $cohort } is due by { $due }: a few stars, a few words and, if you like, a photo. It is fine to skip it.
mail-activity-find = Open your personal link and find it under “To do”. Lost the link? Get a new one here:
mail-activity-stop = Don't want these mails? Turn them off with one click:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d %b %Y
time-format = %-d %b %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Your cohort
act-due = Due { $due }
act-answered = You have answered
act-check = Some answers need another look: see the messages below.
act-your-answer = Your answer
act-photos-so-far = Your photos so far (choose new ones to replace them):
act-photo-alt = Your photo { $n }
act-photos = Photos (up to { $count }: JPEG, PNG or WebP, 10 MB each)
act-sent-product = You were sent { $product }: how is it?
act-stars-for = Your stars for { $product }
act-stars = Stars…
act-your-review = Your review
act-photos-optional = Photos (optional, up to { $count })
act-not-sent = This part is for members who were sent { $product }; nothing to do here.
act-other = Other
act-what-other = What other
act-say-what = Say what
act-rank-hint = Give each card a place: 1 for the one you like most.
act-place = Place…
act-others = What the cohort answered so far:
act-save = Save my changes
act-send = Send my answers
act-others-later = You will see what the others answered once you have answered yourself.
act-late = It is past due: your answers are kept as they are.
act-closed = It is closed: answers are no longer taken. Thanks to everyone who answered.
flash-answers-updated = Your answers are updated.
flash-answers-in = Thanks! Your answers are in.

## What the post form says when something is missing or wrong

post-error-body = Write your text: 1 to 5,000 characters.
post-error-title = Give your review a title of up to 120 characters.
post-error-rating = Choose 1 to 5 stars.
post-error-product = Choose the product you are reviewing from the list.
post-error-no-product = There is no product to review yet: the organisers add them. Share a post instead.
post-error-kind = Choose a post or a review.
post-error-limit = You have shared { $count } posts in the last hour, as many as anyone may. Your text is kept below: send it again in a little while.
photo-too-many = Add at most { $max } photos to one post ({ $count } were chosen).
photo-too-large = “{ $file }” is larger than 10 MB.
photo-not-an-image = “{ $file }” is not a photo (JPEG, PNG or WebP).
photo-heic = “{ $file }” is a HEIC photo, which Cohorts cannot read yet: save it as JPEG and try again.
photo-too-many-pixels = “{ $file }” has more than 40 megapixels.
photo-damaged = “{ $file }” could not be read: the file may be damaged.
photo-kept = Your text is kept; choose the photos again.
answer-error-text = Write your answer: up to 4,000 characters.
answer-error-no-photo = Add at least one photo.
answer-error-too-many-photos = Add at most { $max } photos.
answer-error-choose-one = Choose one answer.
answer-error-choose-some = Choose at least one answer.
answer-error-other = Say what “Other” is, in up to 200 characters.
answer-error-same-place = Give each card its own place: two cards are number { $n }.
answer-error-every-place = Give every card a place from 1 to { $count }.
answer-error-every-card = Give every card 1 to 5 stars.
answer-error-product-stars = Give the product 1 to 5 stars.
answer-error-review = Write your review: up to 4,000 characters.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Hello,
mail-invite-subject = { $brand } invites you to join { $cohort }
mail-invite-intro = { $brand } invites you to join { $cohort }, a private group on Cohorts.
mail-invite-open = See the cohort and join
mail-invite-personal = { $days ->
    [one] Open this link to see what it is about and to join. It is personal and works for { $days } day:
   *[other] Open this link to see what it is about and to join. It is personal and works for { $days } days:
}
mail-invite-ignore = If you were not expecting this, you can ignore this message: nothing happens unless you open the link and join.
mail-invite-stop = Don't want reminders about this invite? Turn them off:
mail-reminder-subject = Reminder: { $brand } invites you to join { $cohort }
mail-reminder-intro = A reminder: { $brand } invited you to join { $cohort }, a private group on Cohorts.
mail-reminder-again = Here is your invite link again (the one in the earlier message no longer works):
mail-reminder-stop = Don't want these reminders? Turn them off:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] There is a problem with the form:
   *[other] There are { $count } problems with the form:
}

# A personal link that opens nothing.
error-stale-link-title = This personal link no longer works
error-stale-link = A personal link stops working when a newer one is sent (only the newest works) or when its member leaves the cohort. Get yours again by email, with the address you joined with.

# What "My data" shows of what is kept.
data-you-heading = What we keep about you
data-name = Display name
data-email = Email
data-email-none = none given
data-city = City
data-born = Born
data-born-value = { $month } { $year }
data-country = Country
data-guardian = A parent or guardian's agreement
data-guardian-given = Given when you joined
data-guardian-none = Not needed at your age
data-joined = Joined

# The welcome page's copy button and notes.
welcome-copy = Copy
welcome-copied = Copied
welcome-mailed = We also emailed it to you.
welcome-home-screen = Tip: add this page to your home screen (your browser's Share or ⋮ menu, then “Add to Home Screen”) to open your cohort like an app.

# Sharing drops, and the public page a share link opens.
share-nav = Drops
share-title = Share drops
share-notice = When you pass on a drop, we count how often your link is opened — added up with others of your city and age group, never shown for you alone. We never learn who opens it: no names, no addresses, no cookies on your friends' phones. Sharing is off until you turn it on.
share-on = Sharing is on. Each drop below has a link of your own to paste in any chat. You can turn it off at any time; links you already sent keep working.
share-off = Sharing is off. Turn it on to get a link of your own for each drop.
share-turn-on = Turn sharing on
share-turn-off = Turn sharing off
share-turned-on = Sharing is on: take a link for any drop below.
share-turned-off = Sharing is off. Links you already sent keep working.
share-empty = No drops yet. When the organisers publish one, it shows here.
share-get-link = Get my link
share-your-link = Your link
share-product = Product: { $product }
landing-from = From { $brand }
landing-pass-on = Pass it on
landing-pass-on-text = Send this link to a friend. It shows how far the drop travels and says nothing about you or them.
landing-private = This page sets no cookies and keeps nothing about you.
data-sharing = Sharing drops
data-sharing-on = On since { $date }
data-sharing-off = Off
landing-open = See it on { $site }
member-closed-notice = This cohort has closed. You can still read it and download your data (under “My data”) until { $date }, when everything in it will be deleted.

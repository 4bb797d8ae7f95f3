# Cohorts 멤버 화면: 한국어

## The frame of every page

nav-main = 주 메뉴
nav-my-cohort = 내 그룹
nav-my-data = 내 데이터
sign-out = 로그아웃
footer = Cohorts · 비공개 멤버 커뮤니티. 멤버들이 공유한 내용은 그룹 안에만 머뭅니다.
language-label = 언어
language-change = 변경

## Error pages

error-code = 오류 { $status }
error-start-page = 시작 페이지로 가기
error-not-found-title = 페이지를 찾을 수 없어요
error-not-found = 여기에는 아무것도 없어요. 링크가 잘못 입력되었거나, 링크가 가리키던 내용이 삭제되었을 수 있어요.
error-bad-request-title = 요청을 이해할 수 없었어요
error-forbidden-title = 허용되지 않아요
error-gone-title = 이 링크는 더 이상 작동하지 않아요
error-conflict-title = 처리할 수 없었어요
error-closed-title = 이 그룹은 종료되었어요
error-closed = 운영자가 이 그룹을 종료했어요. 계속 읽고 내 데이터를 내려받을 수 있지만, 이제 누구도 글을 쓰거나 답하거나 가입할 수 없어요.
error-duplicate-title = 이미 보냈어요
error-duplicate = 이 양식은 이미 한 번 보내져서 더 이상 아무것도 하지 않았어요. 그룹에 가입했다면 개인 링크를 열거나 /link 에서 이메일로 다시 받으세요.
error-login-title = 로그인해 주세요
error-login = 이 페이지를 보려면 로그인하세요.
error-too-many-title = 시도 횟수가 너무 많아요
error-too-many = 내 주소에서 시도가 너무 많았어요. 1분 기다린 뒤 다시 시도하세요.
error-too-large-title = 너무 커요
error-too-large = 보낸 내용이 이 양식에서 받을 수 있는 크기보다 커요. 줄여서 다시 시도하세요.
error-unavailable-title = Cohorts를 잠시 사용할 수 없어요
error-unavailable = 지금 데이터베이스가 응답하지 않아요. 보낸 내용은 저장되지 않았어요. 몇 초 뒤에 다시 시도하세요.
error-busy-title = Cohorts가 바빠요
error-busy = 사진이 한꺼번에 많이 들어오고 있어요. 보낸 내용은 저장되지 않았어요. 뒤로 가서 1분 뒤에 다시 보내 주세요.
error-internal-title = 저희 쪽에서 문제가 생겼어요
error-internal = 문제가 기록되었어요. 다시 시도해 주세요.

## Joining

join-invited-by = 초대한 곳:
join-about = 주제:
join-private = 최대 수백 명의 비공개 그룹이에요. 내가 올린 글은 다른 멤버와 { $brand } 팀만 보고, 절대 공개되지 않아요. 남은 자리 { $seats }개.
join-heading = 가입하기
join-display-name = 표시 이름 (다른 멤버에게 보이는 이름이에요. 실명이 아니어도 돼요)
join-city = 사는 도시
join-choose = 선택…
join-born = 언제 태어났나요? (연도와 월만 저장돼요)
join-month = 월
join-year = 연도
join-country = 사는 나라
join-email = 이메일 (선택: 개인 링크를 이메일로 받고, 잃어버리면 새 링크를 받기 위해)
join-guardian = 나는 내가 사는 곳의 디지털 동의 연령(많은 나라에서 16세)보다 어리고, 부모님이나 보호자가 이 페이지를 읽고 내가 가입하는 데 동의했어요.
join-consent = 여기에 올리는 내용이 그룹 멤버와 { $brand } 에게 공유되고, 내 도시와 연령대가 익명 통계에 쓰이는 데 동의해요. 언제든지 내 데이터를 내려받거나 탈퇴할 수 있어요.
join-button = { $cohort } 가입하기

month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## The welcome page, once joined

welcome-title = { $cohort }에 오신 걸 환영해요!
welcome-link = 이것은 나만의 개인 링크예요. 그룹에 들어가는 열쇠이니 다른 사람과 공유하지 말고 북마크해 두세요. 이번 한 번만 보여 드려요.
welcome-link-label = 내 개인 링크
welcome-go = 내 그룹으로 가기

## Pages of a list

pager-label = 페이지
pager-newer = ← 최신
pager-older = 이전 →
pager-page = { $pages }쪽 중 { $page }쪽

## The member's page

home-todo = 할 일
todo-open = 해야 함
todo-done-changeable = 완료: 아직 바꿀 수 있어요
todo-done = 완료
todo-closed = 마감
todo-due = 마감 { $due }
home-hidden-title = 내 글 중 일부가 그룹에 보이지 않아요
home-hidden-why = 다른 멤버에게 보이지 않아요. 이유는 다음과 같아요:
home-hidden-when = { $when }에 숨겨짐
home-hidden-mistake = 잘못된 것 같다면 그룹 운영자에게 물어보세요.
home-sent-title = { $product } 배송 중이에요
home-sent-text = 운영자가 { $when }에 보냈어요. 도착하면 알려 주세요. 그러면 여기에서 리뷰할 수 있어요.
home-sent-text-early = 운영자가 { $when }에 보냈어요. 도착하면 알려 주세요. 그러면 누구보다 먼저 여기에서 리뷰할 수 있어요.
home-sent-button = 받았어요
home-share = 무언가 공유하기
home-publish = 그룹에 올리기
home-feed = 그룹 피드
home-feed-empty = 아직 아무것도 없어요. 첫 번째로 { $theme }에 대한 생각을 공유해 보세요.
post-edit = 수정
post-delete = 삭제
post-report = 신고

## Writing a post

post-what = 무엇을 공유하나요?
post-kind-post = 글
post-kind-review = 제품 리뷰
post-product = 제품 (리뷰용)
post-no-products = 아직 리뷰할 제품이 없어요. 운영자가 추가해요.
post-rating = 별점 (리뷰용)
post-stars = 별 { $stars }개
post-title = 리뷰 제목
post-body = 내용
post-photos = 사진 (최대 6장: JPEG, PNG, WebP, 각 10MB)
post-photos-private = 사진의 위치 정보 등 숨겨진 데이터는 누군가 보기 전에 지워져요.

## A post in the feed

feed-minor = 18세 미만
feed-minor-hint = 작성 당시 18세 미만
feed-reviewed = 리뷰:
feed-edited = (수정됨)
feed-stars-label = 별 5개 중 { $rating }개
feed-photo-alt = { $author }의 사진 { $count }장 중 { $n }번째
feed-hidden = 멤버에게 숨김: { $reason }

## What the join form says when something is missing or wrong

join-error-name = 표시 이름은 2~40자로 입력하세요.
join-error-city = 목록에서 도시를 고르세요.
join-error-year = 태어난 연도를 입력하세요. 예: 2008
join-error-month = 태어난 월을 고르세요.
join-error-birth-impossible = 가능한 출생 연도가 아니에요.
join-error-country = 사는 나라를 목록에서 고르세요.
join-error-email = 이메일 주소 형식이 아닌 것 같아요. 확인하거나 비워 두세요.
join-error-consent = 가입하려면 내용을 읽고 이 상자에 체크하세요.
join-error-too-young = 멤버는 { $age }세 이상이어야 해요.
join-error-guardian = { $country }에서는 { $age }세 미만이면 가입하려면 부모님이나 보호자의 동의가 필요해요. 이 페이지를 읽고 상자에 체크해 달라고 부탁하세요.

## 여러 페이지에서 쓰는 버튼

cancel = 취소

## 내 데이터

data-title = 내 데이터
data-keeps = Cohorts는 표시 이름, 도시, 태어난 해와 달, 국가, 동의한 내용, 그리고 { $cohort }에 올린 글을 보관해요.
data-download = 모두 내려받기 (JSON)
data-reminders = 알림 메일
data-reminders-on = 운영진이 그룹에 질문하면 메일을 보내요 (아직 답하지 않았다면 마감 전에 최대 두 번). 2주 동안 글을 올리지 않으면 짧은 알림도 보내요.
data-reminders-off = 알림을 껐어요. 새 활동이나 조용한 주에 대한 메일은 오지 않아요.
data-reminders-turn-off = 알림 끄기
data-reminders-turn-on = 알림 켜기
data-no-email = 이메일 주소 없이 가입해서 메일을 보내지 않아요.
data-zone-heading = 시간대
data-zone-text = 국가: { $country }. 페이지와 메일의 시간은 { $zone } 기준으로 보여요.
data-zone-label = 내 시간대
data-zone-save = 시간대 저장
data-zone-error = 목록에서 시간대를 골라 주세요.
data-another-country = 다른 국가
data-leave-heading = 그룹 나가기
data-leave-text = 나가면 회원 정보와 올린 모든 글이 모든 페이지와 모든 수치에서 삭제돼요. 되돌릴 수 없어요.
data-leave-button = { $cohort } 나가기…
flash-zone-saved = 저장했어요. 시간은 고른 시간대로 보여요.
flash-reminders-on = 알림이 켜졌어요.
flash-reminders-off = 알림이 꺼졌어요. 글쓰기에 관한 메일은 보내지 않을게요.

## 그룹 나가기

leave-heading = { $cohort }에서 나갈까요?
leave-text = 회원 정보와 올린 모든 글이 모든 페이지와 모든 수치에서 삭제돼요. 개인 링크도 더 이상 쓸 수 없어요. 되돌릴 수 없어요.
leave-button = 나가고 내 데이터 삭제하기
flash-left = 그룹에서 나갔고 데이터가 삭제됐어요.

## 글 수정, 삭제, 신고

edit-title = 글 수정하기
edit-save = 변경 내용 저장
flash-edited = 변경 내용을 저장했어요.
delete-title = 글 삭제
delete-heading = 이 글을 삭제할까요?
delete-text = 그룹 피드에서 모두에게 사라져요. 되돌릴 수 없어요.
flash-deleted = 글을 삭제했어요.
flash-shared = 그룹에 공유했어요.
flash-held = 저장했지만 아직 그룹에 보이지 않아요. 개인 정보가 들어 있는 것 같아서 운영진이 먼저 확인할 거예요. 이유는 아래에 있어요.
flash-received = 알려 줘서 고마워요. 이제 { $product } 리뷰를 쓸 수 있어요. 아래에서 “제품 리뷰”를 고르세요.
report-title = 글 신고하기
report-text = 무엇이 문제인지 운영진에게 알려 주세요. 운영진이 확인하고 그룹에서 숨길 수 있어요. 글쓴이에게는 누가 신고했는지 알리지 않아요.
report-legend = 무엇이 문제인가요?
report-bullying = 불친절하거나 괴롭힘이에요
report-personal-details = 개인 정보가 드러나요
report-inappropriate = 이 그룹에 맞지 않아요
report-spam = 스팸이나 광고예요
report-other = 다른 문제가 있어요
report-send = 신고 보내기
report-error = 글의 문제를 골라 주세요.
flash-reported = 고마워요. 운영진이 글을 확인할 거예요. 글쓴이에게는 누가 신고했는지 알리지 않아요.
flash-reported-again = 이미 이 글을 신고했어요. 운영진이 확인할 거예요.

## 개인 링크 다시 받기

link-title = 개인 링크 다시 받기
link-sent = 그 주소가 그룹 회원의 것이라면 새 개인 링크를 보냈어요. 받은편지함과 스팸함을 확인하세요. 새 링크가 가면 예전 링크는 더 이상 작동하지 않아요.
link-intro = 가입할 때 적은 이메일 주소를 입력하세요. 새 개인 링크를 보내 드려요. 예전 링크는 작동하지 않게 돼요.
link-email = 이메일
link-send = 내 링크 보내기
link-no-email = 이메일 없이 가입했나요? 그룹 운영진에게 새 초대를 요청하세요.
link-error-email = 올바른 이메일 주소가 아니에요. 확인하고 다시 시도하세요.

## 알림 메일 그만 받기

stop-title = 메일 알림
stop-button = 끄기
stop-done = 완료
stop-nudges-heading = 알림을 그만 받을까요?
stop-nudges-text = 운영진이 그룹에 질문하면 (아직 답하지 않았다면 마감 전에 최대 두 번), 그리고 2주 동안 글을 올리지 않으면 회원에게 메일을 보내요. 한 번 클릭하면 더 보내지 않아요. 그룹의 “내 데이터” 페이지에서 다시 켤 수 있어요.
stop-nudges-done = 이제 알림을 보내지 않을게요. 그룹의 “내 데이터” 페이지에서 다시 켤 수 있어요.
stop-invite-heading = 이 초대에 대한 알림을 그만 받을까요?
stop-invite-text = 받지 않은 초대는 최대 두 번까지 알려 드려요. 한 번 클릭하면 더 보내지 않아요.
stop-invite-done = 이 초대에 대해 더는 알리지 않을게요.

## The start page

start-title = 환영해요
start-about = 브랜드의 회원들이 공개 SNS를 벗어나 생생한 글, 사진, 리뷰를 나누는 비공개 커뮤니티예요.
start-member = 회원인가요?
start-open-link = 가입할 때 받은 개인 링크를 여세요. 비밀번호 없이 바로 그룹으로 가요.
start-lost-link = 개인 링크를 잃어버렸나요? 이메일로 다시 받기
start-staff = 그룹을 운영하나요?
start-sign-in = 운영진 로그인

## Mails to members

mail-hi = { $name }님, 안녕하세요.
mail-sign-off = — Cohorts, { $brand }
mail-link-subject = { $cohort } 개인 링크
mail-link-intro = { $cohort }({ $brand }) 개인 링크예요:
mail-link-open = 내 그룹 열기
mail-link-key = 그룹의 열쇠예요. 혼자만 간직하고 즐겨찾기에 저장하세요. 예전 링크는 더 이상 작동하지 않아요.
mail-link-ignore = 요청한 적이 없다면 이 메일은 무시해도 돼요. 계정은 그대로예요.
mail-link-stop = 글쓰기 알림 메일을 원하지 않나요? 여기서 끄세요:
mail-turn-off = 끄기
mail-nudge-subject = { $name }님, 요즘 어때요?
mail-nudge-text = { $cohort }에 마지막으로 글을 올린 지 꽤 됐어요. 요즘 { $theme } 관련해서 뭐 하고 있어요? 좋든 나쁘든 { $brand }에서 듣고 싶어 해요.
mail-open-link = 개인 링크를 열어 글을 올리세요. 잃어버렸나요? 여기서 새로 받으세요:
mail-nudge-stop = 이 알림을 원하지 않나요? 한 번 클릭으로 끄세요:
mail-activity-subject-new = { $brand }이(가) { $cohort }에 묻습니다: { $title }
mail-activity-subject-reminder = { $due }까지 열려 있어요: { $title }
mail-activity-subject-review = { $product } 리뷰 마감: { $due }
mail-activity-new = { $brand }에서 { $cohort }에 새 활동을 열었어요: “{ $title }”. { $due }까지 답해 주세요. 그때까지 답을 바꿀 수 있어요.
mail-activity-reminder = { $cohort }의 “{ $title }”은(는) { $due }까지 열려 있고 아직 답하지 않았어요. 몇 분이면 돼요. 건너뛰어도 괜찮아요.
mail-activity-review = { $cohort }의 “{ $title }”에 대한 { $product } 리뷰 마감은 { $due }예요. 별점 몇 개와 몇 마디, 원하면 사진도요. 건너뛰어도 괜찮아요.
mail-activity-find = 개인 링크를 열고 “할 일”에서 찾으세요. 링크를 잃어버렸나요? 여기서 새로 받으세요:
mail-activity-stop = 이 메일을 원하지 않나요? 한 번 클릭으로 끄세요:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %Y년 %-m월 %-d일
time-format = %Y년 %-m월 %-d일 %H:%M %Z

## An activity, as a member answers it

act-back = 내 그룹
act-due = 마감: { $due }
act-answered = 답변 완료
act-check = 다시 봐야 할 답이 있어요. 아래 메시지를 확인하세요.
act-your-answer = 내 답
act-photos-so-far = 지금까지 올린 사진 (새 사진을 고르면 바뀌어요):
act-photo-alt = 내 사진 { $n }
act-photos = 사진 (최대 { $count }장: JPEG, PNG, WebP, 장당 10MB)
act-sent-product = { $product }을(를) 받았어요. 어때요?
act-stars-for = { $product } 별점
act-stars = 별점…
act-your-review = 내 리뷰
act-photos-optional = 사진 (선택, 최대 { $count }장)
act-not-sent = 이 부분은 { $product }을(를) 받은 회원을 위한 거예요. 여기서는 할 일이 없어요.
act-other = 기타
act-what-other = 기타 내용
act-say-what = 무엇인지 적어 주세요
act-rank-hint = 카드마다 순위를 매겨 주세요. 가장 좋아하는 것이 1이에요.
act-place = 순위…
act-others = 지금까지 그룹의 답:
act-save = 변경 내용 저장
act-send = 답 보내기
act-others-later = 내가 답하면 다른 사람들의 답을 볼 수 있어요.
act-late = 마감이 지났어요. 답은 그대로 남아요.
act-closed = 종료됐어요. 더 이상 답을 받지 않아요. 답해 준 모두에게 고마워요.
flash-answers-updated = 답이 업데이트됐어요.
flash-answers-in = 고마워요! 답이 접수됐어요.

## What the post form says when something is missing or wrong

post-error-body = 글을 써 주세요: 1~5,000자.
post-error-title = 리뷰에 120자 이내의 제목을 붙여 주세요.
post-error-rating = 별점을 1~5개 골라 주세요.
post-error-product = 리뷰할 제품을 목록에서 골라 주세요.
post-error-no-product = 아직 리뷰할 제품이 없어요. 운영진이 추가해요. 대신 글을 공유해 주세요.
post-error-kind = 글인지 리뷰인지 골라 주세요.
post-error-limit = 지난 한 시간 동안 글을 { $count }개 올렸어요. 올릴 수 있는 최대치예요. 글은 아래에 남아 있으니 조금 뒤에 다시 보내 주세요.
photo-too-many = 게시물 하나에 사진은 최대 { $max }장까지 추가할 수 있어요({ $count }장을 골랐어요).
photo-too-large = “{ $file }” 파일이 10MB보다 커요.
photo-not-an-image = “{ $file }” 파일은 사진(JPEG, PNG, WebP)이 아니에요.
photo-heic = “{ $file }” 파일은 HEIC 사진이라 Cohorts에서 아직 읽을 수 없어요. JPEG로 저장한 뒤 다시 시도해 주세요.
photo-too-many-pixels = “{ $file }” 파일이 4천만 화소를 넘어요.
photo-damaged = “{ $file }” 파일을 읽을 수 없어요. 파일이 손상되었을 수 있어요.
photo-kept = 글은 그대로 남아 있어요. 사진을 다시 골라 주세요.
answer-error-text = 답을 써 주세요. 최대 4,000자까지예요.
answer-error-no-photo = 사진을 한 장 이상 추가해 주세요.
answer-error-too-many-photos = 사진은 최대 { $max }장까지 추가할 수 있어요.
answer-error-choose-one = 답을 하나 골라 주세요.
answer-error-choose-some = 답을 하나 이상 골라 주세요.
answer-error-other = “기타”가 무엇인지 200자 이내로 써 주세요.
answer-error-same-place = 카드마다 다른 순위를 매겨 주세요. 두 카드가 { $n }번이에요.
answer-error-every-place = 모든 카드에 1부터 { $count }까지 순위를 매겨 주세요.
answer-error-every-card = 모든 카드에 별 1~5개를 주세요.
answer-error-product-stars = 제품에 별 1~5개를 주세요.
answer-error-review = 리뷰를 써 주세요. 최대 4,000자까지예요.

# The invitation to someone not yet a member, and its reminders.
mail-hello = 안녕하세요.
mail-invite-subject = { $brand }에서 { $cohort }에 초대했어요
mail-invite-intro = { $brand }에서 Cohorts의 비공개 그룹 { $cohort }에 초대했어요.
mail-invite-open = 그룹 보고 참여하기
mail-invite-personal = { $days ->
   *[other] 이 링크를 열면 어떤 그룹인지 보고 참여할 수 있어요. 나만의 링크이며 { $days }일 동안 유효해요:
}
mail-invite-ignore = 예상하지 못한 메일이라면 무시해도 돼요. 링크를 열고 참여하지 않으면 아무 일도 일어나지 않아요.
mail-invite-stop = 이 초대에 대한 알림을 받고 싶지 않다면 끄세요:
mail-reminder-subject = 알림: { $brand }에서 { $cohort }에 초대했어요
mail-reminder-intro = 다시 알려 드려요: { $brand }에서 Cohorts의 비공개 그룹 { $cohort }에 초대했어요.
mail-reminder-again = 초대 링크를 다시 보내 드려요 (이전 메일의 링크는 더 이상 작동하지 않아요):
mail-reminder-stop = 이 알림을 받고 싶지 않다면 끄세요:

# Above a form that came back with problems.
form-problems = { $count ->
   *[other] 양식에 문제가 { $count }개 있어요:
}

# A personal link that opens nothing.
error-stale-link-title = 이 개인 링크는 더 이상 작동하지 않아요
error-stale-link = 새 링크가 보내지면 이전 개인 링크는 작동하지 않아요(가장 최근 링크만 작동해요). 멤버가 그룹을 나간 경우에도 마찬가지예요. 가입할 때 쓴 이메일 주소로 링크를 다시 받으세요.

# What "My data" shows of what is kept.
data-you-heading = 저장하고 있는 내 정보
data-name = 표시 이름
data-email = 이메일
data-email-none = 입력하지 않음
data-city = 도시
data-born = 출생
data-born-value = { $year }년 { $month }
data-country = 국가
data-guardian = 보호자 동의
data-guardian-given = 가입할 때 받음
data-guardian-none = 나이상 필요 없음
data-joined = 가입일

# The welcome page's copy button and notes.
welcome-copy = 복사
welcome-copied = 복사했어요
welcome-mailed = 이메일로도 보내 드렸어요.
welcome-home-screen = 팁: 이 페이지를 홈 화면에 추가하면(브라우저의 공유 또는 ⋮ 메뉴에서 ‘홈 화면에 추가’) 앱처럼 그룹을 열 수 있어요.

# Sharing drops, and the public page a share link opens.
share-nav = 드롭
share-title = 드롭 공유
share-notice = 드롭을 공유하면 내 링크가 몇 번 열렸는지 셉니다. 같은 도시·연령대의 다른 사람들과 합산되며, 나 혼자의 숫자로는 절대 보이지 않습니다. 누가 열었는지는 전혀 알 수 없습니다. 이름도 주소도 남기지 않고, 친구 휴대폰에 쿠키도 남기지 않습니다. 직접 켜기 전까지 공유는 꺼져 있습니다.
share-on = 공유가 켜져 있습니다. 아래 드롭마다 어떤 채팅에든 붙여 넣을 수 있는 내 링크가 있습니다. 언제든 끌 수 있으며, 이미 보낸 링크는 계속 작동합니다.
share-off = 공유가 꺼져 있습니다. 켜면 드롭마다 내 링크를 받을 수 있습니다.
share-turn-on = 공유 켜기
share-turn-off = 공유 끄기
share-turned-on = 공유가 켜졌습니다. 아래 드롭의 링크를 받으세요.
share-turned-off = 공유가 꺼졌습니다. 이미 보낸 링크는 계속 작동합니다.
share-empty = 아직 드롭이 없습니다. 운영진이 올리면 여기에 표시됩니다.
share-get-link = 내 링크 받기
share-your-link = 내 링크
share-product = 제품: { $product }
landing-from = { $brand } 제공
landing-pass-on = 공유하기
landing-pass-on-text = 이 링크를 친구에게 보내 주세요. 드롭이 얼마나 멀리 퍼졌는지만 보여 주고, 나나 친구에 대해서는 아무것도 알려 주지 않습니다.
landing-private = 이 페이지는 쿠키를 사용하지 않으며 나에 대해 아무것도 저장하지 않습니다.
data-sharing = 드롭 공유
data-sharing-on = { $date }부터 켜짐
data-sharing-off = 꺼짐
landing-open = { $site }에서 보기
member-closed-notice = 이 그룹은 종료되었어요. { $date }까지 계속 읽고 내 데이터를 내려받을 수 있어요(“내 데이터”). 그날 모든 내용이 삭제돼요.

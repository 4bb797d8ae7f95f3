# Cohorts, lado dos membros: português do Brasil.

## The frame of every page

nav-main = Principal
nav-my-cohort = Meu grupo
nav-my-data = Meus dados
sign-out = Sair
footer = Cohorts · comunidades privadas de membros. O que os membros compartilham fica dentro do grupo.
language-label = Idioma
language-change = Mudar

## Error pages

error-code = Erro { $status }
error-start-page = Ir para a página inicial
error-not-found-title = Página não encontrada
error-not-found = Não há nada aqui. O link pode estar digitado errado, ou o que ele indicava foi removido.
error-bad-request-title = Não foi possível entender o pedido
error-forbidden-title = Não permitido
error-gone-title = Este link não funciona mais
error-conflict-title = Não foi possível fazer isso
error-closed-title = Este grupo foi encerrado
error-closed = Os organizadores encerraram este grupo: você ainda pode lê-lo e baixar seus dados, mas ninguém pode mais publicar, responder ou entrar.
error-duplicate-title = Já enviado
error-duplicate = Este formulário já foi enviado uma vez, então nada mais foi feito. Se você entrou em um grupo, abra seu link pessoal ou peça outro por e-mail em /link.
error-login-title = Entre na sua conta
error-login = Entre para ver esta página.
error-too-many-title = Tentativas demais
error-too-many = Houve tentativas demais a partir do seu endereço. Espere um minuto e tente de novo.
error-too-large-title = Grande demais
error-too-large = O que você enviou é maior do que este formulário aceita. Encurte e tente de novo.
error-unavailable-title = O Cohorts está indisponível por um instante
error-unavailable = O banco de dados não está respondendo agora. Nada do que você enviou foi salvo; tente de novo em alguns segundos.
error-busy-title = O Cohorts está ocupado
error-busy = Muitas fotos estão chegando ao mesmo tempo. Nada do que você enviou foi salvo; volte e envie de novo em um minuto.
error-internal-title = Algo deu errado do nosso lado
error-internal = O problema foi registrado. Tente de novo.

## Joining

join-invited-by = Convite de
join-about = Sobre:
join-private = Um grupo privado de até algumas centenas de pessoas. O que você publica é visto pelos outros membros e pela equipe de { $brand }, nunca publicado. { $seats ->
    [one] Resta { $seats } vaga.
   *[other] Restam { $seats } vagas.
}
join-heading = Entrar
join-display-name = Nome de exibição (o que os outros membros veem; não precisa ser seu nome real)
join-city = Sua cidade
join-choose = Escolha…
join-born = Quando você nasceu? (só guardamos o ano e o mês)
join-month = Mês
join-year = Ano
join-country = País onde você mora
join-email = E-mail (opcional: para receber seu link pessoal por e-mail, e um novo se você o perder)
join-guardian = Tenho menos que a idade de consentimento digital de onde moro (16 em muitos países), e meu pai, mãe ou responsável leu esta página e concorda que eu entre.
join-consent = Concordo que o que eu publicar aqui seja compartilhado com os membros do grupo e com { $brand }, e que minha cidade e faixa etária sejam usadas em números anônimos. Posso baixar meus dados ou sair quando quiser.
join-button = Entrar em { $cohort }

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## The welcome page, once joined

welcome-title = Boas-vindas a { $cohort }!
welcome-link = Este é o seu link pessoal. Ele é a sua chave para o grupo: não compartilhe e salve nos favoritos, porque ele só aparece desta vez.
welcome-link-label = Seu link pessoal
welcome-go = Ir para o meu grupo

## Pages of a list

pager-label = Páginas
pager-newer = ← Mais recentes
pager-older = Mais antigas →
pager-page = Página { $page } de { $pages }

## The member's page

home-todo = Pendências
todo-open = A fazer
todo-done-changeable = Feito: você ainda pode mudar
todo-done = Feito
todo-closed = Encerrado
todo-due = prazo { $due }
home-hidden-title = { $count ->
    [one] Uma das suas publicações não aparece para o grupo
   *[other] Algumas das suas publicações não aparecem para o grupo
}
home-hidden-why = { $count ->
    [one] Os outros membros não a veem. O motivo:
   *[other] Os outros membros não as veem. O motivo:
}
home-hidden-when = ocultada em { $when }
home-hidden-mistake = Se você acha que foi um engano, fale com quem organiza o grupo.
home-sent-title = { $product } está a caminho
home-sent-text = A organização enviou em { $when }. Quando chegar, avise e você poderá avaliar aqui.
home-sent-text-early = A organização enviou em { $when }. Quando chegar, avise e você poderá avaliar aqui antes de todo mundo.
home-sent-button = Recebi
home-share = Compartilhe algo
home-publish = Publicar no grupo
home-feed = Mural do grupo
home-feed-empty = Ainda não há nada aqui. Seja a primeira pessoa: conte o que você acha de { $theme }.
post-edit = Editar
post-delete = Apagar
post-report = Denunciar

## Writing a post

post-what = O que você está compartilhando?
post-kind-post = Uma publicação
post-kind-review = Uma avaliação de produto
post-product = Produto (para avaliações)
post-no-products = Ainda não há produto para avaliar: a organização adiciona.
post-rating = Nota (para avaliações)
post-stars = { $stars ->
    [one] { $stars } estrela
   *[other] { $stars } estrelas
}
post-title = Título da avaliação
post-body = Seu texto
post-photos = Fotos (até 6: JPEG, PNG ou WebP, 10 MB cada)
post-photos-private = A localização e outros dados ocultos das suas fotos são removidos antes que alguém as veja.

## A post in the feed

feed-minor = menor de 18
feed-minor-hint = Tinha menos de 18 anos quando escreveu isto
feed-reviewed = avaliou
feed-edited = (editado)
feed-stars-label = { $rating } de 5 estrelas
feed-photo-alt = Foto { $n } de { $count } de { $author }
feed-hidden = Oculto para os membros: { $reason }

## What the join form says when something is missing or wrong

join-error-name = Escolha um nome de exibição de 2 a 40 caracteres.
join-error-city = Escolha sua cidade na lista.
join-error-year = Digite seu ano de nascimento, por exemplo 2008.
join-error-month = Escolha seu mês de nascimento.
join-error-birth-impossible = Esse ano de nascimento não é possível.
join-error-country = Escolha na lista o país onde você mora.
join-error-email = Isso não parece um endereço de e-mail: confira ou deixe o campo vazio.
join-error-consent = Leia e marque esta caixa para entrar.
join-error-too-young = Os membros precisam ter pelo menos { $age } anos.
join-error-guardian = No país { $country }, você precisa da permissão do seu pai, mãe ou responsável para entrar com menos de { $age } anos. Peça que leiam esta página e marquem a caixa.

## Botões que muitas páginas compartilham

cancel = Cancelar

## Meus dados

data-title = Meus dados
data-keeps = O Cohorts guarda seu nome de exibição, cidade, ano e mês de nascimento, país, o consentimento que você deu e o que você publicou em { $cohort }.
data-download = Baixar tudo (JSON)
data-reminders = E-mails de lembrete
data-reminders-on = Enviamos um e-mail quando os organizadores perguntam algo ao grupo (e no máximo duas vezes antes do prazo, se você não respondeu), e um lembrete curto se você não publicar há duas semanas.
data-reminders-off = Você desativou os lembretes: nenhum e-mail sobre novas atividades ou semanas paradas.
data-reminders-turn-off = Desativar lembretes
data-reminders-turn-on = Ativar lembretes
data-no-email = Você entrou sem endereço de e-mail, então nunca enviamos e-mails para você.
data-zone-heading = Fuso horário
data-zone-text = Você mora em { $country }: os horários nas suas páginas e nos nossos e-mails aparecem em { $zone }.
data-zone-label = Seu fuso horário
data-zone-save = Salvar fuso horário
data-zone-error = Escolha um dos fusos horários da lista.
data-another-country = outro país
data-leave-heading = Sair do grupo
data-leave-text = Sair apaga sua participação e tudo o que você publicou, de todas as páginas e de todos os números. Não dá para desfazer.
data-leave-button = Sair de { $cohort }…
flash-zone-saved = Salvo: os horários aparecem no fuso que você escolheu.
flash-reminders-on = Os lembretes estão ativados.
flash-reminders-off = Os lembretes estão desativados. Não vamos mandar e-mails sobre publicar.

## Sair do grupo

leave-heading = Sair de { $cohort }?
leave-text = Sua participação e tudo o que você publicou serão apagados, de todas as páginas e de todos os números. Seu link pessoal vai parar de funcionar. Não dá para desfazer.
leave-button = Sair e apagar meus dados
flash-left = Você saiu do grupo e seus dados foram apagados.

## Editar, apagar e denunciar uma publicação

edit-title = Editar sua publicação
edit-save = Salvar alterações
flash-edited = Suas alterações foram salvas.
delete-title = Apagar publicação
delete-heading = Apagar esta publicação?
delete-text = Ela some do mural do grupo para todos. Não dá para desfazer.
flash-deleted = Publicação apagada.
flash-shared = Compartilhado com seu grupo.
flash-held = Salvo, mas ainda não aparece para o grupo: parece conter dados pessoais, então os organizadores vão verificar antes. Veja abaixo o motivo.
flash-received = Obrigado por avisar. Você já pode avaliar { $product }: escolha “Uma avaliação de produto” abaixo.
report-title = Denunciar uma publicação
report-text = Conte aos organizadores o que está errado. Eles vão olhar e podem ocultá-la do grupo. Quem escreveu não fica sabendo quem denunciou.
report-legend = O que há de errado?
report-bullying = É maldosa ou é bullying
report-personal-details = Revela dados pessoais
report-inappropriate = Não é adequada para este grupo
report-spam = É spam ou propaganda
report-other = Outra coisa está errada
report-send = Enviar a denúncia
report-error = Escolha o que há de errado com a publicação.
flash-reported = Obrigado. Os organizadores vão olhar a publicação; quem escreveu não fica sabendo quem denunciou.
flash-reported-again = Você já denunciou esta publicação; os organizadores vão olhá-la.

## Receber o link pessoal de novo

link-title = Receba seu link pessoal de novo
link-sent = Se esse endereço pertence a um membro de um grupo, um novo link pessoal está a caminho. Confira sua caixa de entrada e a pasta de spam. Seu link antigo para de funcionar quando o novo é enviado.
link-intro = Digite o e-mail que você informou ao entrar. Vamos enviar um novo link pessoal; o antigo para de funcionar.
link-email = E-mail
link-send = Enviar meu link
link-no-email = Entrou sem informar e-mail? Peça um novo convite ao organizador do grupo.
link-error-email = Esse endereço de e-mail não é válido: confira e tente de novo.

## Parar os lembretes por e-mail

stop-title = Lembretes por e-mail
stop-button = Desativar
stop-done = Pronto
stop-nudges-heading = Parar os lembretes?
stop-nudges-text = Mandamos e-mails aos membros quando os organizadores perguntam algo ao grupo (e no máximo duas vezes antes do prazo, se não responderam), e quando não publicam há duas semanas. Um clique e não mandaremos mais; você pode reativá-los na página “Meus dados” do seu grupo.
stop-nudges-done = Não vamos mais mandar lembretes. Você pode reativá-los na página “Meus dados” do seu grupo.
stop-invite-heading = Parar os lembretes deste convite?
stop-invite-text = Lembramos as pessoas de um convite não aceito no máximo duas vezes. Um clique e não lembraremos mais.
stop-invite-done = Não vamos mais lembrar você deste convite.

## The start page

start-title = Boas-vindas
start-about = Comunidades privadas onde os membros de uma marca compartilham publicações, fotos e avaliações em primeira mão, longe das redes sociais públicas.
start-member = Você é membro?
start-open-link = Abra o link pessoal que você recebeu ao entrar. Ele leva direto ao seu grupo, sem senha.
start-lost-link = Perdeu seu link pessoal? Receba de novo por e-mail
start-staff = Você organiza grupos?
start-sign-in = Entrada da equipe

## Mails to members

mail-hi = Oi, { $name }!
mail-sign-off = — Cohorts, para { $brand }
mail-link-subject = Seu link pessoal para { $cohort }
mail-link-intro = Aqui está seu link pessoal para { $cohort } ({ $brand }):
mail-link-open = Abrir meu grupo
mail-link-key = É a sua chave do grupo: guarde só para você e salve nos favoritos. Se você tinha um link anterior, ele não funciona mais.
mail-link-ignore = Se você não pediu isso, pode ignorar esta mensagem; sua conta continua igual.
mail-link-stop = Não quer e-mails lembrando você de publicar? Desative:
mail-turn-off = Desativar
mail-nudge-subject = E aí, { $name }, quais as novidades?
mail-nudge-text = Faz tempo que você não publica em { $cohort }. O que você tem feito com { $theme }? { $brand } adoraria saber, seja bom ou ruim.
mail-open-link = Abra seu link pessoal para publicar. Perdeu? Peça um novo aqui:
mail-nudge-stop = Não quer esses lembretes? Desative com um clique:
mail-activity-subject-new = { $brand } pergunta a { $cohort }: { $title }
mail-activity-subject-reminder = Aberta até { $due }: { $title }
mail-activity-subject-review = Sua avaliação de { $product } vence em { $due }
mail-activity-new = { $brand } tem uma nova atividade para { $cohort }: “{ $title }”. Responda até { $due }; você pode mudar suas respostas até lá.
mail-activity-reminder = “{ $title }” em { $cohort } continua aberta até { $due }, e você ainda não respondeu. Leva só alguns minutos, e tudo bem pular.
mail-activity-review = Sua avaliação de { $product } para “{ $title }” em { $cohort } vence em { $due }: algumas estrelas, algumas palavras e, se quiser, uma foto. Tudo bem pular.
mail-activity-find = Abra seu link pessoal e procure em “A fazer”. Perdeu o link? Peça um novo aqui:
mail-activity-stop = Não quer esses e-mails? Desative com um clique:

## How dates are written (strftime: %-d day, %b month's short name, %Y year, %H:%M time, %Z time zone)

date-format = %-d de %b de %Y
time-format = %-d de %b de %Y, %H:%M %Z

## An activity, as a member answers it

act-back = Seu grupo
act-due = Prazo: { $due }
act-answered = Você já respondeu
act-check = Algumas respostas precisam de outra olhada: veja as mensagens abaixo.
act-your-answer = Sua resposta
act-photos-so-far = Suas fotos até agora (escolha outras para substituí-las):
act-photo-alt = Sua foto { $n }
act-photos = Fotos (até { $count }: JPEG, PNG ou WebP, 10 MB cada)
act-sent-product = Você recebeu { $product }: o que achou?
act-stars-for = Suas estrelas para { $product }
act-stars = Estrelas…
act-your-review = Sua avaliação
act-photos-optional = Fotos (opcional, até { $count })
act-not-sent = Esta parte é para quem recebeu { $product }; nada a fazer aqui.
act-other = Outra
act-what-other = Qual
act-say-what = Diga qual
act-rank-hint = Dê uma posição a cada cartão: 1 para o que você mais gosta.
act-place = Posição…
act-others = O que o grupo respondeu até agora:
act-save = Salvar minhas alterações
act-send = Enviar minhas respostas
act-others-later = Você verá o que os outros responderam depois de responder.
act-late = O prazo passou: suas respostas ficam como estão.
act-closed = Está encerrada: não aceitamos mais respostas. Obrigado a todos que responderam.
flash-answers-updated = Suas respostas foram atualizadas.
flash-answers-in = Valeu! Suas respostas foram enviadas.

## What the post form says when something is missing or wrong

post-error-body = Escreva seu texto: de 1 a 5.000 caracteres.
post-error-title = Dê à sua avaliação um título de até 120 caracteres.
post-error-rating = Escolha de 1 a 5 estrelas.
post-error-product = Escolha na lista o produto que você está avaliando.
post-error-no-product = Ainda não há produtos para avaliar: os organizadores os adicionam. Compartilhe uma publicação.
post-error-kind = Escolha publicação ou avaliação.
post-error-limit = Você compartilhou { $count } publicações na última hora, o máximo. Seu texto está abaixo: envie de novo daqui a pouco.
photo-too-many = Adicione no máximo { $max } fotos a uma publicação (você escolheu { $count }).
photo-too-large = “{ $file }” tem mais de 10 MB.
photo-not-an-image = “{ $file }” não é uma foto (JPEG, PNG ou WebP).
photo-heic = “{ $file }” é uma foto HEIC, que o Cohorts ainda não consegue ler: salve como JPEG e tente de novo.
photo-too-many-pixels = “{ $file }” tem mais de 40 megapixels.
photo-damaged = Não foi possível ler “{ $file }”: o arquivo pode estar danificado.
photo-kept = Seu texto foi mantido; escolha as fotos de novo.
answer-error-text = Escreva sua resposta: até 4.000 caracteres.
answer-error-no-photo = Adicione pelo menos uma foto.
answer-error-too-many-photos = Adicione no máximo { $max } fotos.
answer-error-choose-one = Escolha uma resposta.
answer-error-choose-some = Escolha pelo menos uma resposta.
answer-error-other = Diga o que é “Outro”, em até 200 caracteres.
answer-error-same-place = Dê a cada cartão uma posição própria: dois cartões estão com o número { $n }.
answer-error-every-place = Dê a cada cartão uma posição de 1 a { $count }.
answer-error-every-card = Dê a cada cartão de 1 a 5 estrelas.
answer-error-product-stars = Dê ao produto de 1 a 5 estrelas.
answer-error-review = Escreva sua avaliação: até 4.000 caracteres.

# The invitation to someone not yet a member, and its reminders.
mail-hello = Olá,
mail-invite-subject = { $brand } convida você para entrar em { $cohort }
mail-invite-intro = { $brand } convida você para entrar em { $cohort }, um grupo privado no Cohorts.
mail-invite-open = Ver o grupo e entrar
mail-invite-personal = { $days ->
    [one] Abra este link para saber do que se trata e entrar. Ele é pessoal e vale por { $days } dia:
   *[other] Abra este link para saber do que se trata e entrar. Ele é pessoal e vale por { $days } dias:
}
mail-invite-ignore = Se você não esperava esta mensagem, pode ignorá-la: nada acontece a menos que você abra o link e entre.
mail-invite-stop = Não quer lembretes deste convite? Desative-os:
mail-reminder-subject = Lembrete: { $brand } convida você para entrar em { $cohort }
mail-reminder-intro = Um lembrete: { $brand } convidou você para entrar em { $cohort }, um grupo privado no Cohorts.
mail-reminder-again = Aqui está seu link de convite de novo (o da mensagem anterior não funciona mais):
mail-reminder-stop = Não quer estes lembretes? Desative-os:

# Above a form that came back with problems.
form-problems = { $count ->
    [one] Há um problema no formulário:
   *[other] Há { $count } problemas no formulário:
}

# A personal link that opens nothing.
error-stale-link-title = Este link pessoal não funciona mais
error-stale-link = Um link pessoal para de funcionar quando um mais novo é enviado (só o mais recente funciona) ou quando o membro sai do grupo. Peça o seu de novo por e-mail, com o endereço que você usou para entrar.

# What "My data" shows of what is kept.
data-you-heading = O que guardamos sobre você
data-name = Nome de exibição
data-email = E-mail
data-email-none = não informado
data-city = Cidade
data-born = Nascimento
data-born-value = { $month } de { $year }
data-country = País
data-guardian = Autorização de um responsável
data-guardian-given = Dada quando você entrou
data-guardian-none = Não era necessária na sua idade
data-joined = Entrou em

# The welcome page's copy button and notes.
welcome-copy = Copiar
welcome-copied = Copiado
welcome-mailed = Também enviamos o link para o seu e-mail.
welcome-home-screen = Dica: adicione esta página à tela inicial (menu Compartilhar ou ⋮ do navegador e depois “Adicionar à tela inicial”) para abrir seu grupo como um app.

# Sharing drops, and the public page a share link opens.
share-nav = Para compartilhar
share-title = Compartilhar drops
share-notice = Quando você passa um drop adiante, contamos quantas vezes seu link é aberto — somado com outras pessoas da sua cidade e faixa etária, nunca mostrado só para você. Nunca sabemos quem abre: sem nomes, sem endereços, sem cookies nos celulares dos seus amigos. Compartilhar fica desligado até você ligar.
share-on = Compartilhar está ligado. Cada drop abaixo tem um link seu para colar em qualquer chat. Você pode desligar quando quiser; links que você já enviou continuam funcionando.
share-off = Compartilhar está desligado. Ligue para ter um link seu para cada drop.
share-turn-on = Ligar compartilhamento
share-turn-off = Desligar compartilhamento
share-turned-on = Compartilhar está ligado: pegue um link para qualquer drop abaixo.
share-turned-off = Compartilhar está desligado. Links que você já enviou continuam funcionando.
share-empty = Ainda não há drops. Quando os organizadores publicarem um, ele aparece aqui.
share-get-link = Pegar meu link
share-your-link = Seu link
share-product = Produto: { $product }
landing-from = De { $brand }
landing-pass-on = Passe adiante
landing-pass-on-text = Mande este link para um amigo. Ele mostra até onde o drop chega e não diz nada sobre você nem sobre ele.
landing-private = Esta página não usa cookies e não guarda nada sobre você.
data-sharing = Compartilhar drops
data-sharing-on = Ligado desde { $date }
data-sharing-off = Desligado
landing-open = Ver em { $site }
member-closed-notice = Este grupo foi encerrado. Você ainda pode lê-lo e baixar seus dados (em “Meus dados”) até { $date }; nesse dia, tudo o que ele contém será apagado.

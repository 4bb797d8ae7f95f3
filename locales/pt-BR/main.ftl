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

"""Page chrome: the publisher's furniture around an article, found so that nothing in it becomes content.

A saved news page carries more than the article: share and print links, a byline, a related-articles list
with its own dates, a subscription footer, the site's motto (in any language), the printed date. Each is
found by the shape of its lines, never by the name of a site:

- share links: lines that are only a share/print/e-mail action, in English or a few other languages;
- byline: a short "by First Last" line near the top;
- related list: a "See also" / "Related" / "Read also" heading and the lines under it up to a blank line;
- subscription: lines asking to subscribe or sign up (merged across blank lines);
- motto: after the article's end, an epigraph ("... " - Author) or a line in another language than the text;
- printed date: a line that is only a date, outside related lists (the first one near the top, else the last).

- furniture (issue 14, from real pages): menus and breadcrumbs, loaders and placeholders ("Asset 7", "No more
  pages to load"), reading times, tickers ("BREAKING: ..."), captions and image credits, cookie and comment
  prompts, tag lists, wire credits ("Reporting by ...; Editing by ..."), copyright lines (which name the publisher);
- after the last sentence of the article, a list item or a line that ends no sentence (a related link, another
  story's headline, with whatever it quotes).

Everything after the article's end (the first chrome line after which no prose paragraph follows) is chrome.
Content is what remains: the title (the last header line before the byline/date block, else the first line of
the last header group; none when nothing stands above the article; a line under it that is only a name, the
masthead or the author, is chrome, and a long line or a sentence under it is its standfirst), the standfirst,
and the body paragraphs.

The dateline ("CITY (Publisher) -", "CITY, May 3 (Agency) -", "CITY, November 3. /Agency/.", "ГОРОД, 3 ноября
2022 /Агентство/ —") gives the place, the publisher and a date.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from urllib.parse import SplitResult, urlsplit

from alliance_monitor.ingest.dates import (
    DateReading,
    DayReading,
    counted,
    date_line_author,
    date_line_source,
    month_day,
    parse_date,
    parse_day,
)
from alliance_monitor.ingest.text import words
from alliance_monitor.search import fold, skeleton

_SHARE = re.compile(
    r"(?:send|e-?mail|forward)(?: this)?(?: (?:article|story|page))? to a friend|print(?:able version| this"
    r"(?: article| page| story)?| version| article)?|share(?: this)?(?: article| story| page)?(?: on \w+)?|tweet"
    r"|e-?mail|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|copy link|comments?|leave a comment|pdf"
    r"|invia ad un amico|versione stampabile|stampa|condividi|imprimer|partager|envoyer à un ami|drucken"
    r"|teilen|imprimir|compartir|enviar a un amigo|поделиться|печать|версия для печати|отправить другу",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"(?:see also|related(?: articles| news| stories| content| posts| events| episodes| publications| videos"
    r"| podcasts| reading)?|upcoming events|more episodes|read also|also read|read more|more on this"
    r"(?: topic| story)?|you may also like|recommended|most read|leggi anche|vedi anche|voir aussi|lire aussi"
    r"|à lire aussi|siehe auch|lesen sie auch|ver también|lea también|читайте также|см\. также|по теме"
    r"|related coverage|more (?:on|about) this (?:topic|story)|(?:related|suggested) topics|more from \w+"
    r"|comments?\s*\(\d+\)|\d+ comments?|reader comments|комментарии\s*\(\d+\)|комментарии читателей"
    r"|другие новости|новости по теме|ещё по теме|еще по теме"
    # (what to read next, what others read: "Read next", "Most viewed", "Trending", fresh36/f3601, f3607; a press
    # centre's "Другие новости пресс-центра", fresh36/f3616)
    r"|read next|up next|what to read next|most (?:viewed|popular|shared|watched)|trending(?: now)?|popular(?: now)?"
    r"|top stories|editor['’]s picks|другие (?:новости|материалы|релизы)(?:\s+[^\W\d_][\w-]*){1,2}"
    r"|самое (?:читаемое|популярное|интересное)|популярное|читают сейчас"
    # (a programme's archive: "All episodes", "Все выпуски программы «Главное»", fresh36/f3619)
    r"|(?:all|every)\s+(?:episodes|editions|shows)(?:\s+of\s+.{1,40})?"
    r"|все\s+(?:выпуски|серии|передачи|эпизоды)(?:\s+(?:программы|передачи|подкаста)(?:\s+.{1,40})?)?"
    r"|key (?:points|facts|takeaways)|at a glance|in brief|in short|what we know|ключевые (?:моменты|факты|тезисы)"
    r"|коротко о главном|главное коротко|кратко"
    # (a section's own list: "More local news", "More world stories", "Other statements", "Другие заявления")
    r"|more(?:\s+[^\W\d_]+){0,2}\s+(?:news|stories|articles|headlines|statements|releases)"
    r"|other\s+(?:news|stories|articles|statements|releases|publications))\s*:?",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(
    r"subscri|newsletter|sign up|unsubscri|iscriviti|abbonati|abonnez|abonnieren|suscríbe|suscrib|assine"
    r"|подпи(?:сывайтесь|саться|сывайся|шитесь|шись|ска|ски|ску|ской)(?![а-яё])",
    re.IGNORECASE,
)
_READER_APPEAL = re.compile(
    r"you(?:'|’)?re reading .{1,40} for free|you are reading .{1,40} for free"
    r"|support (?:our|independent|quality) journalism|help us (?:stay|remain|keep) independent"
    r"|become a (?:supporter|member|patron)|donate (?:now|today)"
    r"|вы читаете .{1,40} бесплатно|поддержите (?:нас|редакцию|(?:независимую )?журналистику|проект)"
    r"|помогите нам (?:остаться|оставаться|быть) независим|стать (?:спонсором|патроном|донатором)",
    re.IGNORECASE,
)
"""A publisher's appeal to its readers for money ("You're reading The Beacon for free", «Вы читаете «Меридиан»
бесплатно. Помогите нам остаться независимыми.»): the page's furniture, like a subscription line; as the first
line with a full stop over the headline it once passed for the article's body, and the article under it for a
teaser of the next (fresh35/f3520, read after fresh35 was scored)."""
_FURNITURE = re.compile(
    r"(?:menu|search(?: (?:the|this|our) (?:site|website)| site)?|поиск по сайту|skip to (?:main )?content"
    r"|advertisement|advert|sponsored|end of content|no more pages to load"
    r"|load(?:ing)? more|asset \d+|image|photo|video|listen(?: to (?:this )?article)?|\d+ min(?:ute)?s? read"
    r"|comments? \(\d+\)|\d+ comments?|show comments|join the conversation|log ?in|sign in|register|accept"
    # a paywall's or a member area's login link: "Subscriber login", "Sign in for members", "Вход для подписчиков",
    # "Личный кабинет" (fresh26/f2615)
    r"|(?:(?:subscriber|member|reader)s?['’]?\s+)?(?:log ?in|sign in)(?:\s+(?:for|to)\s+(?:subscribers|members))?"
    r"|(?:вход|войти)(?:\s+для\s+(?:подписчиков|читателей|участников|пользователей))?|личный кабинет"
    r"|tags?:.*|topics?:.*|filed under:?.*|reporting by .*|(?:writing|editing|additional reporting) by .*"
    r"|our standards:.*|the thomson reuters trust principles\.?|главная|меню|поиск|комментарии(?: \(\d+\))?"
    r"|теги:.*|реклама|(?:all |open |close )?sections|(?:open |close )?navigation|close menu|more sections"
    r"|(?:все )?разделы|рубрики|навигация"
    r"|home|news|новости|latest news|all news|top stories|все новости|лента новостей|последние новости"
    r"|video player\s*close"
    # a newsletter's web view: "View this email in your browser", "Открыть письмо в браузере"
    r"|(?:view|read|open)(?: this)? (?:email|e-mail|newsletter|message)? ?(?:in|on) (?:your|a|the) (?:web )?browser"
    r"|(?:открыть|смотреть|посмотреть) (?:письмо |рассылку )?в браузере"
    r"|video player|close|save|image caption,?|image source,.*|закрыть|смотреть видео"
    # a video player's label and caption: "Play video, "MPs clash over Compact bill", duration 2:14", "Media
    # caption, MPs clash ..." (the clip's title, not the article's words)
    r"|(?:play|watch) (?:video|audio),.*,\s*duration\s+\d{1,2}:\d{2}(?::\d{2})?|media caption,.*"
    r"|(?:language|languages|lang|язык|версия)\s*:.*"
    # an official site's accessibility switch and print link: "Version for the visually impaired", "Версия для
    # слабовидящих"
    r"|(?:(?:high[- ]contrast |accessible |text[- ]only |print )?version for (?:the )?(?:visually impaired|blind"
    r"|print(?:ing)?)|accessibility(?: mode)?|(?:high[- ]contrast|text[- ]only|accessible) version"
    r"|(?:версия|режим) для (?:слабовидящих|слепых|печати)|обычная версия( сайта)?|print version)"
    r"|(?-i:[A-Z]{2,3}|РУС|Рус)(?:\s*[|/·•]\s*(?-i:[A-Z]{2,3}|РУС|Рус)){1,4}"
    r"|(?:hot ?line|helpline|phone|tel\.?|telephone|fax|e-?mail|address|reception hours|opening hours|office hours"
    r"|горячая линия|телефон|тел\.|факс|адрес|приемная|часы приема|время работы|режим работы)\s*:.*"
    r"|(?:press release|news release|statement|пресс-релиз|сообщение|заявление)\s*(?:no\.?|#|№)\s*[\d/-]+"
    # an official site's tagline: "Official website of the Harbour Compact", «Официальный сайт ...» (fresh39/f3902,
    # fresh40/f4002, f4004): the masthead's, no headline
    r"|(?:the\s+)?official\s+(?:web\s*)?(?:site|portal|page)\s+of\s+.{2,80}|официальн(?:ый|ого)\s+(?:сайт|портал)\b.{0,80}"
    # a site's name spelt as its domain: "Ostrava.media", "Baywire.news" (fresh39/f3919): a masthead, no headline
    r"|(?-i:[A-ZА-ЯЁ])[\w-]{2,30}\.(?:media|news|info|online|press|today|com|net|org|tv|ru|kz|am|by|kg|tj|uz|az|ge"
    r"|md|ua|eu|io|example)"
    # the masthead's weather: "В Калво:   +11 °C", "Tarvik 4°C, cloudy" (fresh39/f3910)
    r"|(?:(?:погода|weather)\s+)?(?:(?:в|во|in)\s+)?[^\W\d_][\w'’ -]{0,25}?\s*:?\s*[-+−–]?\d{1,2}(?:[.,]\d)?"
    r"\s*°\s*[CFС]?(?:,?\s+[^\W\d_]+){0,3}"
    r"|(?:home|main(?: page)?|news|главная|новости)\s*[|/>»›→]\s*[^|/>»›→]{1,30}"
    r"|[^\W\d_]+(?:[ -][^\W\d_]+){0,2}\s*[>»›→]\s*[^\W\d_]+(?:[ -][^\W\d_]+){0,2})",

    re.IGNORECASE,
)
"""Lines that are only a site's furniture: menus, loaders, placeholders of images, reading times, comment
prompts, tag lists, wire credits (a shape met on every site, named by no site)."""
_CALL_TO_ACTION = re.compile(
    r"(?:scroll(?: down| up)?(?: to (?:continue|read(?: more)?|top))?|continue reading|keep reading"
    r"|click here(?: to \w+)?|tap to \w+|listen (?:live|now|again)|watch (?:live|now|again)"
    r"|download(?: (?:mp3|pdf|the app))?|play(?: episode)?"
    r"|листайте(?: дальше| вниз)?|читать (?:далее|дальше)|слушать(?: онлайн| эфир)?|смотреть(?: онлайн| эфир)?"
    r"|скачать(?: mp3| pdf)?"
    # a newsletter's link to its web version ("View in browser", fresh37/f3703)
    r"|view (?:(?:this|the) (?:e-?mail|newsletter) )?(?:in (?:your |a )?browser|online|as a web ?page)|web version"
    r"|открыть в браузере|веб-версия(?: письма)?|смотреть в браузере)\s*[▶►]?",
    re.IGNORECASE,
)
"""A call to action alone (or as a part of a line of furniture): "Scroll to continue", "Listen live ▶", "Download
MP3", "Читать далее": never the headline."""
_FREQUENCY = re.compile(r"\s+(?:(?:FM|ФМ)\s*)?\d{2,3}[.,]\d{1,2}(?:\s*(?:FM|ФМ|MHz|МГц|fm))?$")
"""A radio station's frequency after its name ("Radio Oskby 97.4", "Радио Тарн 101,3 FM")."""
_FIELD_LINE = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:\s+[a-zа-яё]+)?\s*:\s+(?![\"“«„‘'])[^.!?:\"“«„]{1,60}")
"""A labelled field of a page's meta block ("Venue: LISA Conference Hall and online", "Место: Тарн"): a label of
one capitalised word (and a lowercase one), then a value that is no sentence and no quotation."""
_NUMBERED_LABEL = re.compile(r"[^\W\d_]{3,20}\s+(?:no\.\s*|№\s*|#)?\d{1,4}")
"""A page's label with its number ("Episode 112", "Выпуск 47", "Issue 212"): the kind of page and its place in a
series, never its headline."""
_MEETING_LABEL = re.compile(
    r"(?:[^,]{2,80},\s*)?\d{1,4}(?:st|nd|rd|th)\s+(?:Meeting|Session|Sitting|Plenary(?:\s+Meeting)?)"
    r"(?:\s*\([^()]{1,20}\))?"
    r"|(?:[^,]{2,80},\s*)?\d{1,4}-?(?:е|я|й)\s+(?:заседание|сессия|пленарное\s+заседание)(?:\s*\([^()]{1,20}\))?")
"""A meeting record's label ("Harbour Compact Council, 27th Meeting (AM)", "Совет, 12-е заседание"): the body and the
number of its meeting after a comma, or the number alone, with a capitalised "Meeting" and an optional sitting in
brackets; the record's heading over its headline, never the headline (fresh26/f2605). A headline saying a meeting
("Council opens its 27th session") has words before the number with no comma."""
_BYLINE_LABEL = re.compile(r"(?:author|authors|written by|words|text|by|posted by|автор|авторы|текст|материал"
                           r" подготовил[аи]?)\s*:?", re.IGNORECASE)
"""A byline's label alone on its line ("Author:", "Written by", "Автор:"): the author's name is on the next line."""
_ADDRESS = re.compile(r"\d{1,4}[a-z]?,?\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s+"
                      r"(?:street|st\.|road|rd\.|avenue|ave\.|square"
                      r"|lane|quay|embankment)(?:,\s*[\w\s'’-]{2,30})?|(?:ул\.|улица|пр\.|проспект|пл\.|площадь|наб\.)\s+"
                      r"[^\n]{2,40},?\s*(?:д\.\s*)?\d{1,4}[^\n]{0,30}", re.IGNORECASE)
"""A postal address line of an office's page ("12 Harbour Street, Ostrava", "ул. Морская, 12")."""
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]+\.[^\s]*", re.IGNORECASE)
"""A web address alone on its line ("https://lindmark.example/world/2026/12/03/summit-opens", the browser's print
header over a printed page): the page's furniture."""
_CAPTURES = re.compile(r"\d[\d,. ]*\s+(?:captures?|snapshots?|снимк(?:а|ов|и)?|копи(?:я|и|й))(?:\s*[·•|,].*)?",
                       re.IGNORECASE)
"""A web archive's count of the captures of an address ("47 captures", "1,204 snapshots", "12 снимков")."""
_PRINT_FOOTER = re.compile(r"(?:https?://|www\.)[^\s/]+\.\S*\s+\d{1,3}\s*/\s*\d{1,3}", re.IGNORECASE)
"""A browser's print footer: the page's address and the printed page's number of the pages
("https://herald.example/news/cable-whole-again    1/2"), at the foot of every printed page, inside the text when a
page break falls inside the article."""
_PRINT_HEADER = re.compile(r"\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?,?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s{2,}\S.*"
                           r"\s(?:\||[-–—])\s+[^\W\d_][^|“”\"«»„.!?…]{1,50}")
"""A browser's print header: the time of printing in the browser's short form (a two- or four-digit year, a time),
a wide gap, then the page's <title>, which ends with the site's name after a bar or a dash ("4/14/27, 8:02 AM    Cable
whole again | Ostrava Bay Herald"), at the top of every printed page. Without the site's name the line is a live
blog's or a log's entry (`3/4/27, 10:05   Tove Lind: "We will not sell the pier."`), the article's text."""
_COOKIES = re.compile(r"\bcookies?\b|файлы cookie|\bcookie policy\b", re.IGNORECASE)
_SOCIETY = re.compile(r"(?i)(?<![\w-])(?:союз|ассоциаци[яи]|общество|фонд|клуб|федераци[яи]|объединение|лига|гильдия"
                      r"|union|association|society|foundation|federation|league|guild|club)(?![\w-])")
"""A society's head noun ("Союз ветеранов флота Варнии", "Kessel Veterans' Association"): a non-profit's or a club's
name, which a site's masthead may be without any publication's words."""
_NAVIGATION = re.compile(r"[^\s|/>»›→·•][^|/>»›→·•]{0,25}(?:(?:\s*[|/>»›→·•]\s*|\s{2,})[^\s|/>»›→·•][^|/>»›→·•]{0,25})"
                         r"{2,}")
"""A menu or breadcrumb: three or more short items separated by |, /, >, », ›, →, · or two blanks."""
_RELATIVE_TIME = re.compile(r"(?:\d+|an?|one)\s+(?:hours?|hrs?|minutes?|mins?|days?)\s+ago|\d+\s+(?:час(?:а|ов)?"
                            r"|минут[уы]?|дн(?:я|ей)|день)\s+назад|(?:вчера|сегодня),?\s+\d{1,2}:\d{2}",
                            re.IGNORECASE)
"""A relative date ("2 hours ago", "3 часа назад"): the date block of a page, but no date."""
_SHORT_YEAR_STAMP = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2}(?:,?\s+(?:в\s+)?\d{1,2}:\d{2})")
"""A time stamp with a two-digit year ("02.11.26 09:15"): the page's date block by its shape, though the date is
not read from it (the year's century is a guess; the URL or the dateline gives the date)."""
_AUDIENCE = re.compile(r"\d[\d\s\u00a0.,]*\s*(?:K|M|тыс\.?|млн)?\s*(?:subscribers?|followers?|members?"
                       r"|подписчик(?:ов|а|и)?|участник(?:ов|а|и)?)", re.IGNORECASE)
"""A channel's or an account's audience alone on its line ("12 418 подписчиков", "12,4K subscribers", "48,2 тыс.
подписчиков"): the line above it (past a handle, "@zaliv_defence") names the channel."""
_MEMBER_COUNT = re.compile(r"(?:сообщений|posts|messages|ответов|replies|просмотров|views|репутация|reputation"
                           r"|карма|karma|рейтинг)\s*:\s*\d[\d\s\u00a0.,]*", re.IGNORECASE)
"""A forum's counter alone on its line, under a user's name ("Сообщений: 312", "Posts: 1,044"): the forum's, never
the headline (fresh28/f2820)."""
_QUOTE_BLOCK_HEAD = re.compile(r"(?:цитата|quote|quoting)\s*(?::\s*|\(\s*)(?P<user>[\w.@-]+(?:\s+[\w.@-]+){0,2})"
                               r"\s*\)?\s*(?:писал[аи]?|wrote)?\s*:?", re.IGNORECASE)
"""The head of a forum post's quote block ("Цитата: Лесник_Лейдо", "Quote (Marta_K)"): the lines under it, up to a
blank line, repeat an earlier post (fresh28/f2820)."""
_STAFF_LINE = re.compile(r"(?:модератор|администратор|администрация(?:\s+форума)?|moderator|administrator|admin"
                         r"|forum\s+staff)", re.IGNORECASE)
"""A post head naming the forum's staff, not a user ("Модератор"): over its time line, its post is the site's
notice (fresh28/f2820)."""
_FORWARDED = re.compile(r"(?:forwarded\s+from|переслано\s+(?:из|от))\s*:?\s*\S.{0,80}", re.IGNORECASE)
"""A reposted message's label ("Forwarded from Остравский рейд", "Переслано из: Аска Сегодня"): it names the
channel the post comes from, not the page's publisher."""
_PRESS_RELEASE_LABEL = re.compile(r"(?:(?:press|news|media)\s+release|пресс-релиз)(?:\s*\(\d{4}\))?(?:\s*(?:no\.|№|#)?"
                                  r"\s*\d{1,4}(?:/\d{2,4})?)?|for\s+immediate\s+release", re.IGNORECASE)
"""A press release's label alone on its line ("Press release", "PRESS RELEASE", "Пресс-релиз"), its number beside it
("Press Release (2027) 052", "Press release No. 114", "Пресс-релиз № 52"; fresh24/f2403)."""
_MAIL_HEADER = re.compile(r"(?:from|to|cc|bcc|reply-to|sender|от|кому|копия|отправитель)\s*:\s*[^<>\n]{0,80}"
                          r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?", re.IGNORECASE)
"""An e-mail's header line naming an address: "From: Compass Morning Brief <brief@compassnews.example>", "To:
reader@example.com", "От: Утренний бриф <brief@example.ru>" (a newsletter pasted from a mail client)."""
_LINK_ITEM = re.compile(r"[→➔➜➝➞⟶⇒]\s*\S.*|[“\"«„‘'](?P<title>[^“”\"«»„]{3,120}?)[”\"»“’']\s*[(\[]"
                        r"(?P<outlet>[^()\[\]]{2,60})[)\]]")
"""A link to elsewhere: a line opening with an arrow ("→ Why the Compact's rapid force is smaller than it sounds
(Tarn Post)"), or a cited headline in quotation marks and its outlet in brackets ("\"How the Compact learned to love
the fishermen\" (Harbour Quarterly)"), the headline ending no sentence."""
_QUOTE_THEN_ATTRIBUTION = re.compile(r"[“\"«„](?P<quote>[^“”\"«»„\n]{3,400}?)[”\"»“]\s*[,—–-]*\s*"
                                     r"[^\W\d_][^“”\"«»„\n]{2,120}[.!?…]")
"""A paragraph opening with words in marks and going on past the closing mark to a sentence's end ("\"We regret the
vote,\" Tove Lind said."): someone's words and their attribution, never a link's headline."""
_CITED_TITLE = re.compile(r"[“\"«„](?P<title>[^“”\"«»„\n]{3,200}?)[”\"»“]")
_CITED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zа-яё][a-zа-яё'’-]+")


def _is_citation(text: str) -> bool:
    """A reference's line: one title of two words or more in quotation marks, and outside it a year and nothing but
    names, numbers and dates, at most one word in lower case (a joining "and"): "^ a b Moen, Siri (11 February 2027).
    \"Repair ship arrives ...\". Skelde Gazette.", "1. LBC News, “Undersea data cable ...”, 22 January 2027.",
    "Hedda Krohn and Ivo Sand, “Cables and Consequences”, SISS Paper 14, June 2025.". A sentence of the article that
    quotes someone on a day has its verb of saying and its joining words outside the marks ("\"...,\" said Ola Berg
    on 12 May 2026." holds two)."""
    titles = list(_CITED_TITLE.finditer(text))
    if len(titles) != 1 or len(_WORD.findall(titles[0].group("title"))) < 2:
        return False
    before, after = text[:titles[0].start()], text[titles[0].end():]
    if before.rstrip().endswith(":") or (not after.strip() and _SENTENCE_END.search(titles[0].group("title"))):
        # "1998 — Ola Berg: \"We built this pier ourselves.\"": a speaker's colon before the marks, or a sentence
        # closing the line in them, is someone's words on a timeline; a reference gives its outlet or date after
        # the title, and a title ends no sentence
        return False
    outside = before + " " + after
    return bool(_CITED_YEAR.search(outside)) and len(_LOWER_WORD.findall(outside)) <= 1


_LINK_LABEL = re.compile(r"(?:read more|read also|also read|see also|more on this(?: topic| story)?|related(?: story"
                         r"| article)?|read next|most (?:viewed|read|popular)|trending|читайте также|читайте еще"
                         r"|читайте ещё|см\. также|по теме|самое читаемое)\s*:\s*\S.*",
                         re.IGNORECASE)
"""A link's label and the headline it links to on one line ("Read more: ‘Nobody told the ferry’ – Sandvik’s traffic
worries", "Читайте также: ..."): the label alone is a related list's heading (`_RELATED`); with its headline, a
link."""
_SPEAKER_IN_BRACKETS = re.compile(r"[^,]{2,40},\s*[a-zа-яё].*")
"""What brackets after words in marks hold when they are a speaker and a role ("Jan Oberg, mayor", "Ян Ост, мэр"),
not an outlet: a quote on its own line, never a link."""
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?")
"""A time alone on its line, with its zone ("17:52", "16.47 CET", "4:05 PM"): a live blog's entry stamp."""
_TIMELINE_ITEM = re.compile(r"(?:[-•·*–—]\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
                            r"|(?:\d{1,2}|an?)\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago|\d{1,2}\s*(?:ч|час(?:а|ов)?|мин(?:ут[уы]?)?)\.?\s+назад)"
                            r"(?:\s{2,}|\s*[|·•]\s*|\s+[–—]\s+)(?P<heading>\S.*)", re.IGNORECASE)
"""An item of a live blog's key events: a time, a wide gap or a separator, an entry's heading ("15:10  Krell: ferry
talks in Solmar "better than the weather"", "• 4h ago  Summit opens with a minute's silence")."""
_TICKER = re.compile(r"(?:breaking|live|just in|update|updated|watch|developing|срочно|молния)\s*[:|-]\s*\S.*",
                     re.IGNORECASE)
_BOX_LINE = re.compile(
    # a mobile page's sticky bar repeating the headline ("You are reading: <headline>", fresh25/f2513)
    r"(?:you(?:'re| are) (?:now )?reading|now reading|вы (?:сейчас )?читаете|сейчас вы читаете)\s*:\s*\S.*"
    # a box of one quotation and its speaker ("Quote of the day: \"...\" — Name", "Цитата дня: «...» — Имя",
    # fresh25/f2517): the desk's excerpt of a quote the body prints with its context
    r"|(?:quote|quotation|words?) of the (?:day|week)\s*:?\s*[“\"«„‘'].+|цитат[аы] (?:дня|недели)\s*:?\s*[«“\"„].+"
    # a print edition's line naming the headline the paper printed ("This article appeared in the print edition of 5
    # June 2027 under the headline \"...\"", fresh25/f2508): the print headline, not a quotation
    # (the line ends with the headline's closing mark: a sentence about another paper's headline goes on)
    # (the print edition or issue "of" its date, word-bounded: "the issue came up", "Выпускники", "в номере
    # гостиницы" are a story's words; review of round 26)
    r"|.{0,160}\b(?:print(?:ed)?\s+(?:edition|issue)|(?:edition|issue))\s+of\s+(?:\w+\s+){0,2}\d{1,2}\b.{0,80}"
    r"\bunder the (?:head(?:line|ing)|title)\s*:?\s*"
    r"[“\"«„‘'][^“”\"«»„]{1,150}[”\"»“’']\.?"
    # (a magazine's line: the article "appears in" an issue named by its month, not its day: 'This article appears
    # in the November 2027 issue of The Northern Review under the headline "..."', fresh28/f2807)
    r"|(?:this\s+(?:article|story|piece|essay|feature)|it)\s+(?:appears|appeared|was\s+published)\s+in\s+.{0,100}"
    r"\b(?:edition|issue)\b.{0,80}\bunder the (?:head(?:line|ing)|title)\s*:?\s*[“\"«„‘'][^“”\"«»„]{1,150}"
    r"[”\"»“’']\.?"
    r"|.{0,160}(?<![\w-])(?:в\s+)?(?:печатн\w*\s+(?:номер|выпуск|верси)\w*|(?:номер|выпуск)\w*\s+(?:от|№)\s*\d)"
    r".{0,80}\bпод заголовком\s*:?\s*[«“\"„][^“”\"«»„]{1,150}[»”\"“]\.?"
    # an alert's banner over the headline ("Weather alert: Strong wind warning ... until 9 p.m.", fresh25/f2502): a
    # short notice without quotation marks (a sentence of the story quoting a warning goes on longer)
    r"|(?:weather|traffic|travel|storm|severe weather|breaking news)\s+(?:alert|warning|advisory)\s*:\s*"
    # (no single marks either, nor a verb of saying: "Storm warning: the coast guard told skippers to 'stay in port'"
    # is the story's; review of round 26)
    r"(?!.*(?<![\w'’-])(?:says|said|told|tells|warns|urged|asked|added)(?![\w'’-]))"
    r"(?:[^\s“”\"«»„‘']+(?:'\w+)*\s+){0,13}[^\s“”\"«»„‘']+(?:'\w+)*",
    re.IGNORECASE,
)
"""A line of a page's box or banner, never the article's words: a sticky bar, a quote box, a print edition's line, an
alert's banner."""
_BARE_NAME = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+){1,2}")
_CAPTION = re.compile(r"(?:\b(?:photo|photograph|image|picture|credit|illustration)|фото|снимок)\s*:\s*\S"
                      r"|^(?:image|photo|picture|video)\s+(?:source|caption|credit)s?\s*[,:]",
                      re.IGNORECASE)
"""An image caption or credit line ("... Photo: Harbour Images")."""
_CREDIT_NAME = r"[A-ZÀ-ÞĀ-ſ][\w.'’-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w.'’-]+){0,2}"
_CREDIT_BY = re.compile(r"(?i:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|video|animation"
                        r"|additional\s+reporting)\s+by\s+" + _CREDIT_NAME + r"(?:\s+and\s+" + _CREDIT_NAME + ")?")
"""A credit line for the pictures or the extra work ("Photographs by Isak Moor", "Illustrations by Ana Vik"): the
page's head, beside the byline, never its headline nor its text (fresh28/f2807, fresh9/f916). (Review of round 29b:
"by" in lower case, as credits print it, and at most three words a name, so that a Title Case headline, "Video By
Coast Guard Shows Ferry Collision", is none; a whole line only beside a byline or a date line, see
`analyse_layout`: "Photographs by Anna Vik" over an exhibition's title in the text is the text's.)"""
_LIST_ITEM = re.compile(r"[-•·*–—]\s+\S.*")
_PLAYER = re.compile(r"[▶►▷⏵]\s*(?:[^\W\d_]+\s+){0,2}\d{1,2}(?::\d{2}){1,2}(?:\s*(?:min|мин)\.?)?"
                     r"(?:\s*[|·•]\s*\S.{0,120})?", re.IGNORECASE)
"""A video player's play mark and running time, and the clip's label after a bar: "▶ 03:12", "▶ WATCH 2:48",
"▶ 2:48 | Night drill at the harbour" (the clip's label was taken for the headline: fresh35/f3501, read after
fresh35 was scored)."""
_CLIP_LABEL = re.compile(r"(?:video|clip|сюжет|видео)\s*:\s*\S.{0,100}", re.IGNORECASE)
"""A video clip's label line: "Video: Harl ferry crews ballot result", "Сюжет: протест в порту Тарна"."""
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»“)\]]*$")
_COPYRIGHT_NAME = re.compile(
    # a ministry's or a parliament's own site spells out its long name ("© Ministry of ... of the Republic of ...")
    # (a Russian company's form or an agency's kind before the name in marks: "© ООО «Вечерний Веллин», 2027",
    # "© ИА «Северная линия», 2027"; fresh24/f2414, f2415: the name in the marks is the publication's)
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*)?"
    r"(?:(?P<form>(?-i:ООО|ОАО|ЗАО|ПАО|АО|АНО|ИА|МИА|ФГУП|ФГБУ|МУП|ГУП|ТОО))\s+(?=[«\"“]))?"
    r"[«\"“]?(?P<name>[A-ZА-ЯЁ][\w&.'’ -]{1,80}?)[»\"”]?"
    r"\s*(?:\.(?!\w)|[,|]|all rights reserved|все права защищены|$)",  # "Селлин.ру": a dot inside the name
    re.IGNORECASE,
)
_COPYRIGHT_BARE = re.compile(r"[«\"“]?(?P<name>[A-ZА-ЯЁ][\w&.'’ -]{1,40}?)[»\"”]?,\s*(?:19|20)\d\d\b")
"""A footer naming the site and the year without a mark ("Вести Астреля, 2025. Сетевое издание. 18+")."""
_CORPORATE = re.compile(r"(?:[\s,]+(?:ltd\.?|limited|plc|inc\.?|llc|llp|l\.\s?p\.?|lp|corp\.?|gmbh|ag|s\.a\."
                        r"|verlag|media|group|holdings?"
                        r"|publishing|publications|(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?))+$", re.IGNORECASE)
"""What a copyright line adds to the publication's name: its company form and a year ("The Valmont Herald Ltd
2025", "Lindmark Daily Verlag 2025", "Kessel Today Media", a partnership's "Keelwater L.P.", fresh26/f2604): the
publisher is the name before it."""
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|all rights reserved|copyright|tutti i diritti|сетевое издание"
                        r"|(?<![\w+])\d{1,2}\+$", re.IGNORECASE)
_BYLINE = re.compile(
    r"(?:(?:interview(?:ed)?|text|words|reporting|read|presented|hosted|narrated|compiled)\s+by|by|di|par|von|por"
    r"|автор:?|беседовал[аи]?:?|читает:?|(?:ведущ(?:ий|ая)|читал[аи]?)\s*:?"
    r"|интервью\s+(?:записал[аи]?|взял[аи]?):?)\s+(?P<name>[A-ZÀ-ÞĀ-ſА-Я][\w.'’-]+(?:\s+(?:[A-ZÀ-ÞĀ-ſА-Я][\w.'’-]+|de|van|von"
    r"|da|di|del|der|la|le|bin|al)){0,4})(?:\s*[,|–—]\s*(?P<rest>\w[^\n]{0,60}))?",
    re.IGNORECASE,
)
_JOURNALIST_ROLE = (r"(?:(?:senior|chief|political|foreign|economics|economy|defence|defense|diplomatic|regional|staff"
                    r"|special|local|city|news|deputy|managing|business|security|europe|world)\s+){0,2}"
                    r"(?:reporter|editor|correspondent|writer|columnist|journalist)"
                    r"|(?:(?:специальный|собственный|старший|политический|главный)\s+)?(?:корреспондент|обозреватель"
                    r"|редактор|журналист)(?:\s+[а-яё]+){0,2}"
                    r"|(?:political\s+)?(?:analyst|scientist|economist|historian|commentator)|former\s+[a-z]+"
                    r"|политолог|экономист|историк|аналитик|эксперт|публицист|бывший\s+[а-яё]+")
"""A journalist's role alone ("Reporter", "Political Editor", "Корреспондент"): the byline's, never a headline."""
_BYLINE_COMMA = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-ſА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ſА-ЯЁ][\w'’-]+){1,2})\s*,\s*"
                           r"(?P<role>(?:[A-Za-z]+\s+){0,2}(?:" + _JOURNALIST_ROLE + r"))(?P<rest>)", re.IGNORECASE)
"""A byline without "By", the author's role after a comma: "Harriet Vell, Political Editor"."""
_EDITION = re.compile(r"(?P<name>[^|·•—–\n]{2,40}?)\s*[|·•—–-]\s*(?:(?:english|russian|international|world|global)"
                      r"\s+(?:edition|service|version|section)|english|in english|русская\s+(?:версия|служба|редакция)"
                      r"|на\s+русском(?:\s+языке)?|версия\s+на\s+русском)", re.IGNORECASE)
"""A masthead naming its language edition ("Lindmark Daily · English Edition", "KESSEL 24 — English service",
"Линдмаркский курьер — русская версия"): the publisher's name, never the headline."""
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,32}")
"""An account's handle alone on its line: an embedded post begins (its author's name is the line above)."""
_POST_TIME = re.compile(r"(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|,]\s*)?"
                        r"(?:[A-Za-zА-Яа-яё]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
                        r"|\d{1,2}\s+[A-Za-zА-Яа-яё]{3,9}\.?\s+\d{4}(?:\s*г\.)?)(?:\s*[·•|,]\s*\d{1,2}:\d{2}"
                        r"(?:\s*[AaPp]\.?[Mm]\.?)?)?")
"""A post's time stamp ("4:12 PM · Mar 21, 2025", "18:40 · 11 ноя. 2025"): the post ends there."""
_COUNTERS = re.compile(r"(?:[\d.,]+\s*(?:K|M|тыс\.?|млн)?\s+(?:reposts?|retweets?|likes?|views?|replies|quotes"
                       r"|bookmarks|comments|репост(?:ов|а)?|лайк(?:ов|а)?|отмет(?:ок|ки)|просмотр(?:ов|а)?|ответ(?:ов|а)?"
                       r"|комментари(?:ев|я|й))\s*)+", re.IGNORECASE)
"""A post's counters ("1.2K Reposts   3.4K Likes", "12,3 тыс. просмотров")."""
_BYLINE_IN = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-ſ][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ſ][\w'’-]+){1,2})\s+in\s+[A-ZÀ-Þ][\w'’-]+"
                        r"(?:\s+[A-ZÀ-Þ][\w'’-]+)?(?P<rest>)")
"""A byline without "By": "Anja Velk in Kessel" (name and where the reporter writes from)."""
_BYLINE_ROLE = re.compile(r"(?P<name>[A-ZÀ-ÞĀ-ſА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-ſА-ЯЁ][\w'’-]+){1,2})"
                          r"\s*\((?P<role>[^()\n]{2,60})\)(?P<rest>)")
"""A byline without "By", the author's role in brackets: "Дарья Млынова (редактор отдела «Мир»)"."""
_EPIGRAPH = re.compile(r"[“\"«„‘'].{3,}[”\"»“’'][^\w]{0,3}\s*[-–—]\s*\S.{0,120}")
_DATELINE = re.compile(
    r"(?:(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?=\s*\()"
    r"|(?P<place>[A-ZÀ-ÞА-ЯЁ][\w'’.]*(?:[ -][A-ZÀ-ÞА-ЯЁ][\w'’.]*){0,3}))"
    r"(?:,\s*(?P<region>[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’.-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’.-]+)?)"
    r"(?=\s*[(/]|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Za-zа-яё])|\s+[-–—]\s))?"
    r"(?:[,.]\s*(?P<date>(?:\d{1,2}\s+[а-яё]{3,9}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
    r"(?:\s*(?:г\.|года))?))?"
    r"(?:\s*\((?P<country>[A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’.-]*){0,2})\)(?=\s*\())?"
    r"(?:\.|(?(date),))?\s*(?:\((?P<publisher>[^()]{2,40})\)|/(?P<agency>[^/\n]{2,40})/\.?"
    # (an agency in capitals after a full stop, or after a comma behind a date: "Vellin, 22 March, VNA – ")
    r"|(?:(?<=\.\s)|(?(date)(?<=,\s)|(?!)))(?P<caps>[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,})?)(?:\.[A-ZА-ЯЁ]{2,3})?"
    r"(?=\s*[-–—]\s))?\s*"
    r"(?P<sep>--|[-–—]|\.)\s+"
)
"""A wire or agency dateline opening a paragraph: "TBILISI (Reuters) - ", "VALMONT, May 3 (Reuters) - ",
"ASTRELL, November 3. /Varpress/. ", "МОСКВА, 14 марта 2024 /Агентство/ — ", "Вальмонт. 12 мая. ИНТЕРВАРН - " (the
agency in capitals after the date), "LINDMARK - " (a place in capitals
when no publisher is named), "ASTRELL, Kessel, Aug. 9 (Meridian) - " (a region, then an abbreviated month)."""
_WEEKDAY_NAME = re.compile(r"\b(?:" + "|".join(calendar.day_name) + r")\b")
"""A weekday's name: part of a date ("Tuesday, 12 May"), never a dateline's place."""
_CORRESPONDENT_CREDIT = re.compile(r"(?i:корр\.|корреспондент(?:а|ка|ки)?|corr\.|correspondent)\s+(?:of\s+)?"
                                   r"[«\"“„](?P<outlet>[^«»\"“”„]{2,40})[»\"”“]\s*(?P<name>[^/\n]{0,60})")
"""A dateline's slashes crediting the agency's correspondent ("/Корр. «Варнинформа» Ирина Лаптева/"): the outlet is
the name in marks, the rest the reporter's name."""
_PUBLISHER_NAME = re.compile(r"[A-ZА-ЯЁ][\w&.'’-]*(?:\s+(?:[A-ZА-ЯЁ&][\w&.'’-]*|of|the|de)){0,5}")
_NOT_PUBLISHER = re.compile(r"\b(?:staff|writer|correspondent|reporter|editor|contributor|updated|published|min"
                            r"|read|all rights)\b", re.IGNORECASE)
_SECTION_LABEL = re.compile(r"[^a-zа-я]{2,80}")
_MASTHEAD = re.compile(
    r"(?<![^\W\d_])(?:times|herald|courier|gazette|post|news|press|daily|weekly|monthly|tribune|journal|wire|today|review|observer"
    r"|quarterly|chronicle|monitor|express|telegraph|standard|record|mail|dispatch|bulletin|radio|tv|voice|пресс"
    r"|новости|газета"
    r"|еженедельник|ежедневник|обозрение|журнал"
    r"|вести|вестник|известия|ведомости|голос|сегодня|правда|курьер|радио|тв|информ|online|онлайн"
    r"|agency|агентство)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words a publication's name is made of (a masthead line under the headline names the publisher)."""
_WORD = re.compile(r"[^\W\d_]+")
_NAME_WORDS = re.compile(r"[\w'’]+")
"""A run of word characters and apostrophes: a name stands whole where none touches it on either side."""
_INSTITUTION = re.compile(r"(?:Министерство|Администрация|Правительство|Посольство|Мэрия|Аппарат|Управление"
                          r"|Ministry|Office|Embassy|Government|Department)(?:\s+[\w.-]+){1,9}")
"""A body's name on a page's top line, with its lowercase words ("Министерство иностранных дел Республики Варния")."""
_BODY_MASTHEAD = re.compile(
    r"(?:(?i:ministry|senate|parliament|national assembly|embassy|consulate)(?:\s+(?i:of|the|for|and|in)"
    r"|\s+[A-Z][\w'’-]*)+"
    r"|(?i:министерство|сенат|парламент|правительство|посольство|мажилис)"
    r"(?:\s+[А-ЯЁ][\w-]*|\s+(?i:[а-яё-]+(?:а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев)|дел))+)"
)
"""A state body's own site: its name on the first line ("Senate of the Republic of Varnia", "СЕНАТ РЕСПУБЛИКИ
ВАРНИЯ", "Министерство обороны Республики Варния", "Consulate General of Lindmark in Oskby"), which publishes what
the page prints."""
_KIND_NAMED = re.compile(r"(?i:(?:информационное\s+|новостное\s+)?агентство|газета|журнал|(?:сетевое\s+)?издание"
                         r"|радио|телеканал|портал|(?:news\s+)?agency|newspaper|magazine|radio|portal)\s+[«\"“„]"
                         r"(?P<name>[^«»\"“”„\n]{2,40})[»\"”“]")
"""A masthead naming the outlet's kind, then its name in quotation marks: "Агентство «Северный меридиан»"."""

_STOPWORDS = {
    "en": words("the of and to in a is that for it as with was on by this are be at from has have not which its an "
              "but or their his her they who"),
    "it": words("il lo la gli le di del della che per non con una uno sono nel nella ecco nostro è dei delle da "
              "alla"),
    "fr": words("le la les des du une est et pour dans qui que pas sur au aux notre nous sont"),
    "es": words("el la los las del una es y para en que por con no nuestro sobre su"),
    "de": words("der die das und ist nicht mit für auf den dem ein eine unser wir zu"),
    "pt": words("o os as do da dos das uma é e para em que não com nosso"),
    "la": words("et est in ad non cum sed qui quae quod nos nobis"),
    "ru": words("и в не на что с по к из за о от для как это его ее их он она они мы не но а же то у"),
}

PROSE_WORDS = 12
"""A line of at least this many words, not chrome, is prose: the article has not ended before it."""


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ChromeSpan:
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    role: str
    """title, standfirst or body."""


@dataclass
class Layout:
    """What the page is made of: chrome spans, content paragraphs, and what the chrome tells."""

    chrome: list[ChromeSpan] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    printed_date: DateReading | None = None
    byline_name: str | None = None
    dateline: str | None = None
    publisher: str | None = None
    """From the dateline ("City (Publisher) -", "CITY, Month D. /Agency/."), else the byline ("By X, Publisher"),
    else the copyright line ("© 2024 Publisher")."""
    dateline_date: DateReading | None = None
    """A full date in the dateline ("МОСКВА, 14 марта 2024 /Agency/ —")."""
    updated_date: DateReading | None = None
    """A date printed under an update's label ("Last updated: 26.11.2026"): never the publication date; a page that
    prints no other date gets it as a low-confidence bound (`dates.propose_date`)."""
    dateline_day: tuple[int, int] | None = None
    """(month, day) of a year-less dateline ("VALMONT, May 3 (Reuters) -")."""
    printed_day: DayReading | None = None
    """A date line above the article that prints no year ("13 January, 19:40 · 4 min read"), when the page prints no
    full date line."""
    byline_publisher: str | None = None
    copyright_publisher: str | None = None
    copyright_year: int | None = None
    """The (last) year of the copyright line: the site's current year, a weak hint for a year-less dateline."""
    title_line: int | None = None
    agency_span: tuple[int, int] | None = None
    """The agency's name in quotation marks after a dateline's dash (start, end of the marks): not a quotation."""
    top_name: str | None = None
    """The name on the page's first line, if it is only a name (a masthead, or a section's)."""
    top_over_menu: bool = False
    """Whether the page's first line is a society's name over a menu's line ("Союз ветеранов флота Варнии" over
    "Главная | Новости | История"): the site's own name, though no publication's words are in it (a section, a
    person's name, another item's headline over a menu are none: review of round 29d)."""
    issuer: str | None = None
    """The body named on the first line of a press release ("Ministry of ... / Press release No. 114")."""
    reporter: str | None = None
    """An outlet the body names as its own reporter ("Valinform has learned", "сообщили агентству «X»"), or the
    publication a footer names ("This article appears in ... of Harbour Monthly", "Source: X")."""
    masthead_publisher: str | None = None
    """A line that is only the publication's name between the headline and the date ("Harbour Times")."""
    standfirst_lines: set[int] = field(default_factory=set)
    """Header lines under the headline, above the byline/date block, that are its standfirst."""

    @property
    def title(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.role == "title"), None)

    def in_chrome(self, start: int, end: int) -> bool:
        return any(c.start < end and start < c.end for c in self.chrome)


def split_lines(text: str) -> list[Line]:
    """Every line with its offsets (end excludes the line break and a trailing carriage return)."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        body = raw[:-1] if raw.endswith("\r") else raw
        lines.append(Line(pos, pos + len(body), body))
        pos += len(raw) + 1
    return lines


def language_guess(text: str) -> str | None:
    """The language whose common words are most frequent in `text` (None for too few words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 3:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else None


def _trimmed(line: Line) -> Line:
    """The line without its leading and trailing blanks (chrome spans hold no surrounding whitespace)."""
    stripped = line.text.lstrip().lstrip("\ufeff").lstrip()  # a byte-order mark is not content either
    lead = len(line.text) - len(stripped)
    body = stripped.rstrip()
    return Line(line.start + lead, line.start + lead + len(body), body)


def _kind_of(text: str) -> str | None:
    stripped = text.strip().lstrip("\ufeff").strip("|•·-–—").strip()
    if not stripped:
        return None
    if _SHARE.fullmatch(stripped):
        return "share_links"
    if _RELATED.fullmatch(stripped):
        return "related_header"
    if (_SUBSCRIBE.search(stripped) and len(stripped.split()) <= 16) or (
            _READER_APPEAL.search(stripped) and len(stripped.split()) <= 25):
        return "subscription"
    if _COPYRIGHT.search(stripped) and len(stripped.split()) <= 25:
        return "copyright"
    if parse_date(stripped) is not None:
        return "date"
    if _RELATIVE_TIME.fullmatch(stripped) or _SHORT_YEAR_STAMP.fullmatch(stripped):
        return "reltime"
    if parse_day(stripped) is not None:
        # a date line without its year ("13 January, 19:40 · 4 min read"): part of the date block, and the page's
        # printed day when it is the first above the article (`analyse_layout`)
        return "day"
    bracketed = re.fullmatch(r"\((?P<inner>[^()]+)\)", stripped)
    if bracketed and _WIRE_CREDIT.fullmatch(bracketed.group("inner").strip()):
        return "other"  # "(Reporting by X in Haldby; Editing by Y)": the wire's credit at the story's foot
    if _BYLINE_LABEL.fullmatch(stripped):
        return "byline_label"
    if _FORWARDED.fullmatch(stripped):
        return "other"
    if _MEMBER_COUNT.fullmatch(stripped):
        return "other"  # a forum user's post count under the name ("Сообщений: 312")
    if _AUDIENCE.fullmatch(stripped):
        return "other"  # a channel's or an account's audience ("12 418 подписчиков", "12,4K subscribers")
    if _PRESS_RELEASE_LABEL.fullmatch(stripped):
        return "other"  # the kind of the page ("Press release"), never its publisher's name nor its headline
    if _CHAPTER.fullmatch(stripped) or (_CREDITS.match(stripped) and len(stripped.split()) <= 25):
        return "other"  # a podcast's or a video's chapter list and credits (fresh36/f3606)
    if _PINNED.match(stripped):
        return "other"  # a channel's or a forum's pinned post ("📌 Закреплено: ..."): its notice, never the headline
    if _MAIL_HEADER.fullmatch(stripped):
        return "other"  # an e-mail's sender or recipient line: the mail client's, never the headline nor a name
    if _TIME_STAMP.fullmatch(stripped):
        return "other"  # a live blog's entry stamp ("17:52", "16.47 CET"): a time alone is never the article's text
    if re.fullmatch(_JOURNALIST_ROLE, stripped, re.IGNORECASE) or _EDITION.fullmatch(stripped):
        return "other"
    parts = [p.strip() for p in re.split(r"\s[·•|]\s", stripped)]
    if len(parts) > 1 and all(_FURNITURE.fullmatch(p) or _CALL_TO_ACTION.fullmatch(p) for p in parts):
        return "other"  # "Advertisement · Scroll to continue": every part the page's furniture
    if (_CALL_TO_ACTION.fullmatch(stripped) or _NUMBERED_LABEL.fullmatch(stripped)
            or _MEETING_LABEL.fullmatch(stripped)):
        return "other"
    if _LINK_LABEL.fullmatch(stripped) and (not _SENTENCE_END.search(stripped) or (
            stripped.endswith("?") and len(stripped.split()) <= 15)):
        # "Read more: ‘Headline’ – words": a link, whatever its headline quotes; a headline may ask ("Читайте также:
        # «Серебряная крачка» улетела. Что дальше?", fresh35/f3520, read after fresh35 was scored)
        return "related_item"
    if _PRINT_FOOTER.fullmatch(stripped) or _PRINT_HEADER.fullmatch(stripped):
        return "other"  # a print view's footer or header, wherever a page break puts it (inside a paragraph too)
    if _BOX_LINE.fullmatch(stripped):
        return "other"  # a sticky bar, a quote box, a print edition's headline line, an alert's banner
    if _BARE_ADDRESS.fullmatch(stripped):
        return "other"  # a print view's header: the page's own address alone on its line, never the headline
    if (_FURNITURE.fullmatch(stripped) or _TICKER.fullmatch(stripped) or _ADDRESS.fullmatch(stripped) or (
            _CAPTION.search(stripped) and len(stripped.split()) <= 40)
            or (_COOKIES.search(stripped) and len(stripped.split()) <= 30)
            or (_NAVIGATION.fullmatch(stripped) and not _SENTENCE_END.search(stripped))):
        return "other"
    return None


def _page_meta_line(lines: list[Line], blank: list[bool], i: int, reading: DateReading | None,
                    title_line: int | None, first_prose: int) -> bool:
    """Whether date line `i` can be the page's own: a line with a pictograph's counter only between the headline and
    the article ("4 июня, 18:20   👁 1 305" under the headline; not a most-read item's "2 June 2027 | 👁 980" above
    it nor a comment's "Marta Holm · 3 June 2027 · 👍 12" under the article); a release's label ("Issued on 14 June
    2027") only right under a press release's label ("Press Release (2027) 118")."""
    if counted(lines[i].text) and not (title_line is not None and title_line < i < first_prose):
        return False
    if reading is not None and reading.issued:
        above = next((j for j in range(i - 1, -1, -1) if not blank[j]), None)
        return above is not None and _PRESS_RELEASE_LABEL.fullmatch(lines[above].text.strip()) is not None
    return True


def analyse_layout(text: str, url: str | None = None) -> Layout:
    """Find the chrome and the content paragraphs of a page; `url` (the page's address, optional) lends its slug's
    words to the choice of the headline (`_slug_headline`)."""
    lines = split_lines(text)
    kinds: list[str | None] = [_kind_of(line.text) for line in lines]
    blank = [not line.text.strip() for line in lines]
    # A credit line for the pictures ("Photographs by Lene Haug") right above or under a byline or a date line (a
    # blank line between them or not): the head block's (fresh28/f2807); anywhere else, an exhibition's line in the
    # text say, it is the text's (review of round 29b)
    for i, line in enumerate(lines):
        if kinds[i] is None and _CREDIT_BY.fullmatch(line.text.strip()) and any(
                j is not None and (kinds[j] in ("date", "reltime", "day") or _BYLINE.fullmatch(lines[j].text.strip()))
                for j in (next((k for k in range(i - 1, -1, -1) if not blank[k]), None),
                          next((k for k in range(i + 1, len(lines)) if not blank[k]), None))):
            kinds[i] = "other"

    # An embedded post (X, Telegram): the author's name, the handle, the post's text, its time and its counters are
    # the page's furniture; the body quotes the post if it quotes it.
    for i, line in enumerate(lines):
        if not _HANDLE.fullmatch(line.text.strip()):
            continue
        kinds[i] = "embed"
        author = next((j for j in range(i - 1, max(-1, i - 3), -1) if not blank[j]), None)
        if author is not None and (_BARE_NAME.fullmatch(lines[author].text.strip()) or (
                len(lines[author].text.split()) <= 5 and not _SENTENCE_END.search(lines[author].text.strip()))):
            kinds[author] = "embed"
        for j in range(i + 1, min(i + 6, len(lines))):
            if blank[j]:
                break
            kinds[j] = "embed"
            if _POST_TIME.fullmatch(lines[j].text.strip()):
                if j + 1 < len(lines) and _COUNTERS.fullmatch(lines[j + 1].text.strip()):
                    kinds[j + 1] = "embed"
                break
    # A web archive's toolbar over the archived page: a block of lines up to the first blank line holding the captured
    # page's address alone on its line and the archive's count of captures ("47 captures"); its lines (the archive's
    # name, the capture range, a calendar strip, "About this capture", the archive's motto) are the archive's, never
    # the headline nor the article (fresh26/f2611)
    top_end = next((i for i, b in enumerate(blank) if b and any(not blank[j] for j in range(i))), len(lines))
    toolbar = range(top_end)
    if any(_BARE_ADDRESS.fullmatch(lines[i].text.strip()) for i in toolbar) and any(
            _CAPTURES.fullmatch(lines[i].text.strip()) for i in toolbar):
        for i in toolbar:
            if not blank[i]:
                kinds[i] = "other"
    # A video player above the article: its play mark and running time ("▶ 03:12", "▶ WATCH 2:48") and the lines
    # under it up to a blank line (the clip's label, "Autoplay: ON", a notice about the region or the app) are the
    # player's, not the article's; a clip's label line ("Video: ...", "Сюжет: ...") is never the headline.
    for i, line in enumerate(lines):
        if _PLAYER.fullmatch(line.text.strip()):
            kinds[i] = "other"
            j = i + 1
            while j < len(lines) and not blank[j]:
                kinds[j] = kinds[j] or "other"
                j += 1
        elif kinds[i] is None and _CLIP_LABEL.fullmatch(line.text.strip()):
            kinds[i] = "other"
    # A forum thread: a post's quote block ("Цитата: Лесник_Лейдо" over an earlier post's words, up to a blank line)
    # repeats another post, and a post under the forum's staff ("Модератор" over its time line, then its paragraph)
    # is the site's notice: both the forum's, never a quotation of the thread (fresh28/f2820)
    # (review of round 29b: only on a forum's page, which prints its counters, "Сообщений: 207", "Страница 1 из 1 ·
    # Ответов: 3"; a news page's quote box, "Цитата: Тове Линд" over her words, is a quotation, and a blog's post by
    # "admin" over its date line is the post; the staff's notice only after another user's post head, a quote block
    # elsewhere only under a handle, "Quote (Marta_K)", or with "wrote:")
    forum = any(_MEMBER_COUNT.fullmatch(line.text.strip()) or _is_counter_line(line.text) for line in lines
                if line.text.strip())
    posted_above = False  # another user's post head (a handle, a post count) stands above
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        quote_head = _QUOTE_BLOCK_HEAD.fullmatch(stripped)
        if kinds[i] is None and quote_head and not _SENTENCE_END.search(stripped) and (
                forum or _is_handle(quote_head.group("user")) or re.search(r"(?i:писал[аи]?|wrote)\s*:?$", stripped)):
            j = i
            while j < len(lines) and not blank[j]:
                kinds[j] = kinds[j] or "other"
                j += 1
        elif kinds[i] is None and forum and posted_above and _STAFF_LINE.fullmatch(stripped) and i + 1 < len(
                lines) and (kinds[i + 1] == "date" or _TIME_STAMP.fullmatch(lines[i + 1].text.strip())):
            j = i
            while j < len(lines) and not blank[j]:  # the head: the staff's name and its time line
                kinds[j] = kinds[j] or "other"
                j += 1
            while j < len(lines) and blank[j]:
                j += 1
            while j < len(lines) and not blank[j]:  # the notice's paragraph
                kinds[j] = kinds[j] or "other"
                j += 1
        posted_above = posted_above or bool(_MEMBER_COUNT.fullmatch(stripped)) or _is_handle(stripped)
    # A breadcrumb trail ending with the headline ("Home > News > Iron Tide ends" over "Iron Tide ends"): its last
    # item is too long for a menu's, but the next line repeats it whole, so the line is the site's trail, never the
    # headline (the items before it short, none a sentence)
    for i in range(len(lines)):
        if kinds[i] is None and _is_trail_over_headline(lines, blank, i):
            kinds[i] = "other"
    # A picture gallery: counters numbering its pictures ("1 / 7", "2 of 6", "3 из 8"), each over its caption. The
    # captions are the gallery's text, with the words of the people pictured; a caption's closing credit ("Photo:
    # Jonas Vik / Lindmark Today") and the counters are furniture.
    credits = _gallery_captions(lines, kinds, blank)
    # A live blog's key events: a run of two items or more (`_TIMELINE_ITEM`), none ending a sentence, are links to
    # its entries, whose words they repeat; so is a run of links to elsewhere (`_LINK_ITEM`, a newsletter's reading
    # list: one under a heading or beside an arrow's link, else two or more). The run and a short heading right above
    # it ("Key events", "WHAT WE'RE READING") are furniture.
    # (key events stand above the live blog's first prose, a line with a sentence in it, or under their heading; in
    # the body, times before headings are the article's programme: "09:00 – Welcome by Mayor Jan Oberg")
    opening = next((k for k in range(len(lines)) if not blank[k] and kinds[k] is None and (
        _is_prose(lines[k].text) or _is_sentence(lines[k].text) or re.search(r"[a-zа-яё][.!?]\s+[A-ZА-ЯЁ]",
                                                                             lines[k].text))), len(lines))
    i = 0
    while i < len(lines):
        head = i - 1
        headed = head >= 0 and not blank[head] and kinds[head] is None and len(_WORD.findall(lines[head].text)) <= 4 \
            and not _SENTENCE_END.search(lines[head].text.strip())
        j = i
        while (i < opening or headed) and j < len(lines) and not blank[j] and kinds[j] is None and (
                item := _TIMELINE_ITEM.fullmatch(lines[j].text.strip())) is not None and not _SENTENCE_END.search(
                item.group("heading")):
            j += 1
        least = 2  # (one time and a heading may be a line of the article: two make an index)
        if j == i:
            # A single line of words in marks over their source in brackets may be a quote and its speaker: it is a
            # link only under a heading ("WHAT WE'RE READING") or after an arrow; brackets holding a name and a
            # role ("(Jan Oberg, mayor)") are a speaker's, never an outlet's.
            arrows = 0
            while j < len(lines) and not blank[j] and kinds[j] is None and (link := _LINK_ITEM.fullmatch(
                    lines[j].text.strip())) is not None and not (
                    link.group("title") and _SENTENCE_END.search(link.group("title"))) and not (
                    link.group("outlet") and _SPEAKER_IN_BRACKETS.fullmatch(link.group("outlet").strip())):
                arrows += link.group("title") is None
                j += 1
            least = 1 if headed or arrows else 2
        if j == i:
            # a list of references (a wiki's, a paper's notes): two lines or more each citing a title in marks with
            # its authors, outlet and date (`_is_citation`), what they quote no one's words here
            least = 2
            while j < len(lines) and not blank[j] and kinds[j] is None and _is_citation(lines[j].text):
                j += 1
        if j - i >= least:
            for k in range(i, j):
                kinds[k] = "related_item"
            if headed:
                kinds[head] = "related_header"
        i = max(j, i + 1)
    # Related lists: the heading and every line under it up to a blank line, or up to a quoted sentence and its
    # attribution (a subheading over the article's own quotes, pasted on single newlines: "Other statements" over
    # "\"We regret the vote,\" Tove Lind said."): a list's item is a headline, which ends no sentence after its marks
    for i, kind in enumerate(kinds):
        if kind == "related_header":
            j = i
            while j + 1 < len(lines) and not blank[j + 1] and kinds[j + 1] not in ("share_links", "subscription",
                                                                                     "copyright") and not (
                    kinds[j + 1] is None and _QUOTE_THEN_ATTRIBUTION.fullmatch(lines[j + 1].text.strip())):
                j += 1
                kinds[j] = "related_item"
    # A byline's label alone ("Author:", "Written by"): the name under it is the byline.
    labelled_author = None
    for i, kind in enumerate(kinds):
        if kind == "byline_label":
            kinds[i] = "other"
            nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if not blank[j]), None)
            if nxt is not None and kinds[nxt] is None and _BARE_NAME.fullmatch(lines[nxt].text.strip()):
                kinds[nxt] = "byline"
                labelled_author = labelled_author or lines[nxt].text.strip()
    prose = [not blank[i] and kinds[i] is None and _is_prose(lines[i].text) for i in range(len(lines))]
    language = language_guess(" ".join(lines[i].text for i in range(len(lines)) if prose[i]))
    prose = [p and language_guess(lines[i].text) in (language, None) for i, p in enumerate(prose)]
    # A short sentence also starts (and may end) the article: a headline ends no sentence.
    prose = [p or (not blank[i] and kinds[i] is None and _is_sentence(lines[i].text)) for i, p in enumerate(prose)]
    # ... and so does a line of five words or more that ends with a colon in a channel's post, under its name and
    # audience: it introduces what follows ("⚡️Командующий ... — о возвращении катеров:" over the admiral's words);
    # on any other page such a line may be its headline ("Five things we learned from the summit:")
    posted = _channel_name(lines, kinds, blank) is not None
    prose = [p or (posted and not blank[i] and kinds[i] is None and lines[i].text.rstrip().endswith(":")
                   and len(_WORD.findall(lines[i].text)) >= 5) for i, p in enumerate(prose)]
    # ... but a short question over the page's date block ("Can the Compact survive a fee war?" / "26 Nov 2026 · 38
    # min"), before any prose, is the headline: no article opens with a question and then prints its date
    for i, p in enumerate(prose):
        # (up to twice a prose line's words, one sentence: "Fact check: Does Kessel pay more ... combined?")
        if p and len(_WORD.findall(lines[i].text)) < 2 * PROSE_WORDS and lines[i].text.rstrip().endswith("?") and (
                not _SENTENCE_END.search(lines[i].text.rstrip()[:-1])):
            after = [j for j in range(i + 1, len(lines)) if not blank[j]][:4]
            upto = next((k for k, j in enumerate(after) if prose[j]), len(after))
            if upto < len(after) and len(_WORD.findall(lines[after[upto]].text)) < 2 * PROSE_WORDS:
                # a standfirst may stand between the question and the block ("Can the Compact Afford Its Own
                # Ambition?" / "The alliance has promised a force ... starts now." / "By X" / "12/07/2026"): one
                # short prose line, the block right under it
                upto = next((k for k, j in enumerate(after) if k > upto and prose[j]), len(after))
            if any(kinds[j] in ("date", "reltime", "day") or _BYLINE.fullmatch(lines[j].text.strip())
                   for j in after[:upto]):
                prose[i] = False
        if p and prose[i]:
            break
    _own_notes_at_foot(lines, kinds, blank, prose)
    head_standfirst = _standfirst_over_head_block(lines, kinds, blank, prose)
    first_prose = next((i for i, p in enumerate(prose) if p), len(lines))
    last_prose = max((i for i, p in enumerate(prose) if p), default=-1)
    footer = next((i for i in range(first_prose, len(lines)) if kinds[i] is not None and i > last_prose), len(lines))
    # A news list: after the article, a date line over another headline (a line ending no sentence) and its lead
    # starts the next item; it and all under it are the list's, not this article's.
    for i in range(first_prose + 1, footer):
        if kinds[i] != "date":
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if not blank[j]), None)
        if nxt is not None and kinds[nxt] is None and _BYLINE.fullmatch(lines[nxt].text.strip()):
            # a standfirst, then the date and the byline: the article's own header, not a news list's next item
            kinds[nxt] = "byline"
            continue
        if (nxt is not None and kinds[nxt] is None and not prose[nxt] and len(_WORD.findall(lines[nxt].text)) >= 3
                and not lines[nxt].text.rstrip().endswith(":")):  # "The post read in full:" introduces, no headline
            footer = i
            while footer > first_prose and (blank[footer - 1] or kinds[footer - 1] is not None):
                footer -= 1
            last_prose = max((j for j in range(footer) if prose[j]), default=-1)
            break

    # Reader comments under the article: a bare "Comments" heading after the body, and the comments under it
    # (names, times, their own quotes), are the page's, not the article's.
    # (a heading of its own words over a comment's header, "Причины подписать" over "Ольга П. · 2 дня назад", heads
    # the readers' comments too: a petition's signers' reasons, a review page's reviews; fresh25/f2520)
    # (review of round 26: a subheading over one comment-shaped line, "Day two" over "Tarnby · 6 June 2027", "On the
    # tunnel" over "Ada Brin says:", or an op-ed's "Two responses to “...”" over its own paragraphs, is the story's:
    # a subheading heads comments only over two or more comment heads, a blog's "N responses to “...”" only over
    # one, and never when a comment head's next line quotes with a verb of saying)
    def comment_heads(i: int) -> int:
        """How many comment heads the dozen lines under line `i` hold (the first one dated, the later ones a short
        name and a separator: "Артем Д. · неделю назад"); 0 when one is followed by a sentence quoting with a verb of
        saying (the story's)."""
        heads = 0
        for j in range(i + 1, min(i + 13, len(lines))):
            if _is_comment_head(lines[j].text) if not heads else _COMMENT_HEAD.fullmatch(lines[j].text.strip()):
                nxt = next((k for k in range(j + 1, min(j + 3, len(lines))) if not blank[k]), None)
                if nxt is not None and _SAYS.search(lines[nxt].text):
                    return 0
                heads += 1
        return heads

    for i in range(first_prose + 1, footer):
        under = next((j for j in range(i + 1, min(i + 3, len(lines))) if not blank[j]), None)
        stripped = lines[i].text.strip()
        commented = (under is not None and kinds[i] is None and len(_WORD.findall(lines[i].text)) <= 4
                     and not _SENTENCE_END.search(stripped) and _is_comment_head(lines[under].text)
                     and comment_heads(i) >= 2)
        heading = _COMMENTS_HEADING.fullmatch(stripped)
        if heading is not None and _TITLED_COMMENTS.fullmatch(stripped) and (
                under is None or not _is_comment_head(lines[under].text) or comment_heads(i) < 1):
            heading = None
        if ((heading is not None or commented) and sum(prose[first_prose:i]) >= 2
                and any(not blank[j] for j in range(i + 1, len(lines)))):
            footer = i
            last_prose = max((j for j in range(footer) if prose[j]), default=-1)
            break

    # A commentary's notes: the numbered list whose numbers the text cites as footnote marks ("anyone”.2",
    # "support.4", "[1]") ends the article; it, the heading above it ("Notes") and all under it are chrome, with any
    # headline the notes cite in quotation marks.
    notes = _footnotes(text, lines, blank, first_prose, footer)
    if notes is not None:
        footer = notes
        last_prose = max((j for j in range(footer) if prose[j]), default=-1)

    # A live blog's entries: under each entry's time stamp, two or more on the page, a short line that ends no
    # sentence is the entry's heading ("Volkov: ‘blank page’", "That's all for today"), the page's furniture, not
    # its words (what it quotes, the entry quotes).
    stamps = [i for i in range(footer) if _TIME_STAMP.fullmatch(lines[i].text.strip())]
    for i in stamps if len(stamps) >= 2 else []:
        nxt = next((j for j in range(i + 1, min(i + 3, footer)) if not blank[j]), None)
        if nxt is not None and kinds[nxt] is None and len(_WORD.findall(lines[nxt].text)) < PROSE_WORDS and (
                not _SENTENCE_END.search(lines[nxt].text.strip())):
            kinds[nxt] = "other"

    # Byline near the top (or in the footer); what follows its name may be a date or the publisher.
    layout = Layout(byline_name=labelled_author)
    first_text = next(iter(_without_translation_bar([line.text.strip() for line in lines if line.text.strip()])), "")
    edition = _EDITION.fullmatch(first_text)
    if edition:  # "Lindmark Daily · English Edition": a line declaring an edition names the publication
        layout.masthead_publisher = edition.group("name").strip()
        if layout.masthead_publisher.isupper():
            layout.masthead_publisher = layout.masthead_publisher.title()
    kind_named = _KIND_NAMED.fullmatch(first_text)
    if kind_named:  # "Агентство «Северный меридиан»": the outlet's kind, then its name in quotation marks
        layout.masthead_publisher = kind_named.group("name").strip()
        kinds[next(i for i, line in enumerate(lines) if line.text.strip() == first_text)] = "other"  # not the headline
    channel = _channel_name(lines, kinds, blank)
    if channel is not None and not layout.masthead_publisher:
        # a channel's name over its audience ("Залив Острава | Новости" / "12 418 подписчиков"): the channel publishes
        # the post, and its name is never the post's headline
        kinds[channel] = "other"
        layout.masthead_publisher = lines[channel].text.strip()
    body = _BODY_MASTHEAD.fullmatch(first_text)
    if body and not layout.masthead_publisher:
        name = first_text
        if name.isupper():  # capitals: the words of a name capitalised, its "of the" not
            name = re.sub(r"\b(Of|The|For|And)\b", lambda m: m.group(1).lower(), name.title())
        layout.masthead_publisher = name
    top_name = edition.group("name").strip() if edition else re.split(r"\s*[|·•]\s*|\s{2,}|\s+[—–]\s+", first_text)[0]
    top_name = _FREQUENCY.sub("", top_name)  # "Radio Oskby 97.4": a station's frequency is not its name
    quoted = re.fullmatch(r"[«\"“„](?P<name>[^«»\"“”„]{2,40})[»\"”“]", top_name)
    if quoted:  # «Харлский еженедельник»: a masthead printed in quotation marks
        top_name = quoted.group("name")
    acronym = re.fullmatch(r"(?P<short>[A-ZА-ЯЁ]{2,6})\s+(?P<name>[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){1,5})", top_name)
    texts = _without_translation_bar([line.text.strip() for line in lines if line.text.strip()])
    spelt_out = texts[1] if len(texts) > 1 and re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", top_name) and (
        _initials(texts[1]) == top_name and _is_masthead_line(texts[1])) else None
    layout.top_over_menu = len(texts) > 1 and _NAVIGATION.fullmatch(texts[1]) is not None and not (
        _SHARE.fullmatch(texts[1])) and _SOCIETY.search(top_name) is not None and not re.search(
        r"(?i)(?<![\w-])(?:and|и)(?![\w-])|&", top_name)  # ("Politics and Society", «Политика и общество»: sections)
    if spelt_out:
        layout.top_name = spelt_out  # "LISA" over "Lindmark Institute for Strategic Affairs": the page's full form
    elif acronym and "".join(w[0] for w in acronym.group("name").split()).upper() == acronym.group("short"):
        layout.top_name = acronym.group("name")  # "KNA Kessel News Agency": the name its initials spell
    elif not re.search(r"[:/>»›→]", top_name) and (
            _is_name_line(top_name) or (_is_masthead_line(top_name) and top_name.isupper()) or (
                layout.top_over_menu and 0 < len(_WORD.findall(top_name)) <= 8 and top_name[:1].isupper()
                and not _SENTENCE_END.search(top_name) and not re.search(r"[,;\"“«„]", top_name))):
        layout.top_name = top_name  # "The Lindmark Courier": the article is part of the publication's name
        if layout.top_name.isupper():  # (a name's joining words in lower case: "VOICE OF HALVIA", fresh27/f2713)
            layout.top_name = re.sub(r"(?<=\s)(Of|The|For|And)\b(?!$)", lambda m: m.group(1).lower(),
                                     layout.top_name.title())
    if any(_PRESS_RELEASE.match(lines[i].text.strip()) for i in range(first_prose)) and _is_masthead_line(first_text):
        # a press release under its issuer's name: the issuer publishes it (a name set in capitals, in a name's case:
        # "KESSEL MINISTRY OF DEFENCE" is the Kessel Ministry of Defence)
        layout.issuer = re.sub(r"\b(Of|The|For|And|In)\b", lambda m: m.group(1).lower(), first_text.title()) if (
            first_text.isupper() and len(first_text) > 6) else first_text
    header_seen = 0
    byline_date: DateReading | None = None
    for i, line in enumerate(lines):
        if blank[i] or kinds[i] is not None:
            continue
        # A byline under a one-sentence standfirst (the first prose line) still belongs to the header when the
        # date line follows it.
        dated = i <= first_prose + 2 and next((kinds[j] for j in range(i + 1, len(lines)) if not blank[j]),
                                               None) == "date"
        if i < first_prose or i >= footer or dated:
            trimmed = _trimmed(line)
            match = (_BYLINE.fullmatch(trimmed.text) or _BYLINE_IN.fullmatch(trimmed.text)
                     or _BYLINE_ROLE.fullmatch(trimmed.text) or _BYLINE_COMMA.fullmatch(trimmed.text))
            credited = re.split(r"\s+[·•|]\s+", trimmed.text)
            if match is None and len(credited) > 1 and all(_CREDIT_BY.fullmatch(c) for c in credited[1:]):
                # "Words by Elsa Brun · Photographs by Tor Aune": the byline, then the pictures' credit
                match = _BYLINE.fullmatch(credited[0])
            if match and len(line.text.split()) <= 12 and (header_seen <= 4 or i >= footer):
                kinds[i] = "byline"
                name, rest = match.group("name"), match.group("rest")
                caps = re.match(r"((?:[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’-]+\s+)+?[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ.'’-]+)\s+(\S.*)", name)
                if caps and not rest:  # "By CLARA WENDT Associated Press": the name in capitals, then the agency
                    name, rest = caps.group(1).title(), caps.group(2)
                    match_rest_start = trimmed.start + match.start("name") + caps.start(2)
                else:
                    match_rest_start = trimmed.start + (match.start("rest") if rest else 0)
                layout.byline_name = layout.byline_name or name
                if rest:
                    reading = parse_date(rest, match_rest_start)
                    if reading is not None:
                        if byline_date is None or (byline_date.updated and not reading.updated):
                            byline_date = reading
                    elif _PUBLISHER_NAME.fullmatch(rest.strip()) and not _NOT_PUBLISHER.search(rest):
                        layout.byline_publisher = layout.byline_publisher or rest.strip()
                continue
            if i < first_prose and header_seen == 0 and _SECTION_LABEL.fullmatch(line.text.strip()) and any(
                ch.isalpha() for ch in line.text
            ):
                kinds[i] = "other"  # a section label in capitals above the title ("WORLD - EUROPE")
                continue
        header_seen += 1
    # After the last prose line, a list item ("- Minister: '...'") or a line that ends no sentence (a headline
    # of another story, a ticker) is a link to elsewhere, not the article's last paragraph.
    for i in range(last_prose + 1, footer):
        if blank[i] or kinds[i] is not None:
            continue
        stripped = lines[i].text.strip()
        asked = next((lines[j].text.strip() for j in range(i - 1, -1, -1) if not blank[j]), "")
        following = next((lines[j].text.strip() for j in range(i + 1, footer) if not blank[j]), "")
        if _QUOTE_LINE.fullmatch(asked) and stripped[:1] in "—–" and _LIST_ITEM.fullmatch(stripped) and (
                _ATTRIBUTION_LINE.fullmatch(stripped) and not _COMMENT_COUNT.search(stripped)
                and not _LIST_ITEM.fullmatch(following)):
            # a dash line under a line that is only a quotation is its speaker, content ("“...”" / "— President
            # Marek Volkov, at a press conference in Vellin (Friday)": round 28a, f2712), when it reads as one: a
            # name's capitalised words up to a comma, a bracket or its end, and no list of dash lines under it (not
            # "— Ferry fares rise again" / "— Port strike ends", a related list: review of round 28a)
            continue
        if _LIST_ITEM.fullmatch(stripped) and not (_LIST_ITEM.fullmatch(asked) and asked.endswith("?")):
            # (a dash line under a dash question is an interview's last answer: "— Почему?" / "— Потому что ...")
            kinds[i] = "related_item"
        elif not _SENTENCE_END.search(stripped):
            kinds[i] = "other"
    # Everything after the article's end is chrome: mottos, stray labels.
    for i in range(footer, len(lines)):
        if blank[i] or kinds[i] is not None:
            continue
        stripped = lines[i].text.strip()
        guess = language_guess(stripped)
        if _EPIGRAPH.fullmatch(stripped) or (guess is not None and guess != language):
            kinds[i] = "motto"
        else:
            kinds[i] = "other"
    for i, kind in enumerate(kinds):
        if kind == "copyright":
            years = re.findall(r"\b(?:19|20)\d\d\b", lines[i].text)
            if years and layout.copyright_year is None:
                layout.copyright_year = int(years[-1])
            match = _COPYRIGHT_NAME.search(lines[i].text) or _COPYRIGHT_BARE.match(lines[i].text.strip())
            # (a company's or an agency's name after its form is the publication's only when the masthead prints
            # the same name: "ООО «Медиа-Север»" under "ВЕЧЕРНИЙ ВЕЛЛИН" is the company that owns the paper)
            if match and not layout.copyright_publisher and not _NOT_PUBLISHER.search(match.group("name")) and not (
                    "form" in match.re.groupindex and match.group("form")
                    and (layout.top_name or "").casefold() != match.group("name").strip(" .,").casefold()):
                name = match.group("name").strip(" .,")
                layout.copyright_publisher = _CORPORATE.sub("", name).strip(" .,") or name
                # "CN24 | Channel North" over "© 2027 Channel North Broadcasting": the copyright holds the company,
                # whose name is the first line's name of two words or more with words after it; the page's
                # publication is the name it heads itself with
                layout.copyright_publisher = next(
                    (part for part in re.split(r"\s*[|·•]\s*|\s{2,}|\s+[—–]\s+", first_text)
                     if len(_WORD.findall(part)) >= 2 and _is_masthead_line(part)
                     and layout.copyright_publisher.casefold().startswith(part.casefold() + " ")),
                    layout.copyright_publisher)
            kinds[i] = "other"

    # The page's own name: a header line that a chrome line after the article repeats ("Bay Security Brief" over the
    # issue's date and "You are receiving this email because you subscribed to Bay Security Brief." at its foot)
    # is a masthead or a series' name, never the headline (a headline is not the footer's furniture).
    # So is a header name that a date line of the header prints in quotation marks (the print issue's line "Газета
    # «Северный вестник» №228 от 10.12.2026, стр. 5" under the masthead "Северный вестник").
    own_names = set() if channel is None else {channel}  # (a channel's handle in the URL names no story)
    names: dict[int, str] = {}
    # (the names the header's date lines print in quotation marks, read once)
    quoted_above = {m.group(1).casefold() for j in range(first_prose) if kinds[j] == "date"
                    for m in re.finditer(r"[«\"“„]([^«»\"“”„\n]{2,60})[»\"”“]", lines[j].text)}
    # A header line that is the page's own name again in another form: a name its first lines print, in quotation
    # marks and declined, with only words those lines print beside it ("Русская служба «Голоса Линдмарка»" under the
    # byline of a page headed "Голос Линдмарка" / "Русская служба"): a service's or an edition's label, never the
    # headline.
    top_lines = [k for k in range(first_prose) if not blank[k]][:3]
    top_words = {w.casefold() for k in top_lines for w in _WORD.findall(lines[k].text)}
    top_names = [n for n in _header_names(text, 3) if len(_WORD.findall(n)) >= 2]
    for i in range(first_prose):
        line_name = lines[i].text.strip()
        if blank[i] or kinds[i] is not None or i in top_lines or not top_names:
            continue
        own = re.fullmatch(r"(?P<before>[^«»\"“”„]*)[«\"“„](?P<name>[^«»\"“”„]{2,60})[»\"”“](?P<after>[^«»\"“”„]*)",
                           line_name)
        if own and names_the_page(own.group("name"), top_names) and all(
                w.casefold() in top_words for w in _WORD.findall(own.group("before") + " " + own.group("after"))):
            kinds[i] = "other"
            own_names.add(i)
    for i in range(first_prose):
        line_name = lines[i].text.strip()
        if blank[i] or kinds[i] is not None or len(_WORD.findall(line_name)) < 2:
            continue
        if line_name.casefold() in quoted_above:
            kinds[i] = "other"
            own_names.add(i)
        elif _is_name_line(line_name):
            names[i] = line_name
    if names:
        tail = [lines[j].text for j in range(last_prose + 1, len(lines)) if kinds[j] is not None and not blank[j]]
        # the tail's runs of words, read once (not once per header name): each standing whole, with no word
        # character on either side, as long as the longest name's
        most = max(len(_NAME_WORDS.findall(n)) for n in names.values())
        phrases: set[str] = set()
        for t in tail:
            runs = [(m.start(), m.end()) for m in _NAME_WORDS.finditer(t)]
            phrases.update(t[s:e] for k, (s, _) in enumerate(runs) for _, e in runs[k:k + most])
        for i, line_name in names.items():
            if line_name in phrases or (not (_NAME_WORDS.match(line_name) and _NAME_WORDS.search(line_name[-1]))
                                        and any(re.search(r"(?<![\w'’])" + re.escape(line_name) + r"(?![\w'’])", t)
                                                for t in tail)):
                # (a name that begins or ends with no word character, «...»: looked for line by line)
                kinds[i] = "other"
                own_names.add(i)

    # The headline: among the lines above the first prose line that are not chrome, the last one before the
    # byline or date block (a ticker, a kicker, a stray name sit above it); the others above it are chrome. No
    # such line: the page shows no headline, and the first paragraph is never taken for one.
    header = [i for i in range(first_prose) if not blank[i] and kinds[i] is None]
    block = [i for i in range(first_prose) if kinds[i] in ("byline", "date", "reltime", "day")]
    title_line = None
    if header:
        before_block = [i for i in header if any(b > i for b in block)]
        above = [i for i in header if block and i < block[0]]
        below = [i for i in header if block and i > block[0]]
        labels_only = bool(below) and all(_is_section_label(lines[i].text) for i in above)
        if below and above and not labels_only and all(
            _is_section_label(lines[i].text) or _is_name_line(lines[i].text) or _is_masthead_line(lines[i].text)
            or bool(_INSTITUTION.fullmatch(lines[i].text.strip()))  # "Министерство обороны Республики Варния"
            for i in above
        ) and (any(kinds[j] is not None and not blank[j] for j in range(above[-1] + 1, block[0]))
               or (len(above) >= 2 and len(_WORD.findall(lines[above[-1]].text)) == 1)):
            # An office's or a ministry's page: its name (and contacts, a menu, a release number) above the date,
            # the headline under it. So too an agency's page whose rubric of one word stands right over the date
            # ("SORVA / Sorvian State News Agency / ... / Defence / 5 MAR, 14:20 / headline"): the name and the
            # rubric are the page's, the headline is under the date.
            labels_only = True
        if labels_only:
            # "Мир / 14:22, 6 октября 2025 / Headline / standfirst / Author (role)": only section labels above
            # the date block, the headline is the first line under it and what follows it there its standfirst
            # (a rubric of one word over it, "Мир", is a section's label, not the headline)
            title_line = next((i for i in below if not _is_section_label(lines[i].text)), below[0])
            nxt = next((b for b in block if b > title_line), first_prose)
            layout.standfirst_lines |= {i for i in below if title_line < i < nxt}
            before_block = []
        if before_block:
            # Under the headline, above the byline/date block, may stand a line that is only a name (the
            # publisher's masthead "Harbour Times", "Гавань-Пресс", or the author without "By") or a standfirst
            # (a long line, or a sentence): the headline is the line above them.
            title_line = before_block[-1]
            # An event's fields right above its date line, in one group with it ("Venue: LISA Conference Hall" /
            # "Posted 19 November 2026") under a blank line: the page's meta block, not the headline
            while title_line != before_block[0] and _FIELD_LINE.fullmatch(lines[title_line].text.strip()) and all(
                    not blank[j] for j in range(title_line, block[0])) and any(
                    blank[j] for j in range(before_block[before_block.index(title_line) - 1], title_line)) and (
                    _could_be_headline(lines[over_field := before_block[before_block.index(title_line) - 1]].text,
                                       first=over_field == blank.index(False))):
                # (set apart from the line above by a blank line: "Kessel election: ... claims victory" straight
                # over "2 hours ago" is a headline of the "Topic: words" shape; and only under a line that can be the
                # headline: "Kessel vote: Lund claims victory" under the masthead "Harbour News" is the headline)
                kinds[title_line] = "other"
                title_line = before_block[before_block.index(title_line) - 1]
            standfirst_below = None
            forum_head: list[int] = []
            while title_line != before_block[0] and not (
                    forum_head and not _in_forum_head(lines, blank, title_line)) and (
                    not _headline_over_counter(lines, blank, title_line)) and (
                _is_name_line(lines[title_line].text) or _is_standfirst(lines[title_line].text)
                or lines[title_line].text.strip()[:1].islower()  # "политолог, Линдмаркский институт": a role
                or _in_forum_head(lines, blank, title_line)
            ):
                name = lines[title_line].text.strip()
                if _in_forum_head(lines, blank, title_line):
                    # a forum post's head over its time line: the user's handle ("Лесник_Лейдо"), their post count
                    # ("Сообщений: 312"), the thread's counters ("Страница 1 из 1 · Ответов: 4"); never the
                    # headline, which stands above them (fresh28/f2820)
                    kinds[title_line] = "other"
                    forum_head.append(title_line)
                elif name[:1].islower():
                    kinds[title_line] = "other"
                elif _is_name_line(name):
                    kinds[title_line] = "other"
                    if _MASTHEAD.search(name):
                        layout.masthead_publisher = layout.masthead_publisher or name
                    elif _BARE_NAME.fullmatch(name):  # a person's name: the author (one word may be a kicker)
                        layout.byline_name = layout.byline_name or name

                else:
                    layout.standfirst_lines.add(title_line)
                    standfirst_below = title_line
                title_line = before_block[before_block.index(title_line) - 1]
            top_text = lines[title_line].text.strip()
            if forum_head and standfirst_below is None and not _could_be_headline(
                    top_text, first=title_line == blank.index(False)):
                # a forum's head passed over leaves only a name or a label above ("Brenn Evening Post" over "Page 2
                # of 5"): no forum's topic stands there; the line passed over is the headline (review of round 29d;
                # a topic read as a standfirst is taken back as the headline below)
                kinds[title_line] = "other"
                title_line = forum_head[-1]
                kinds[title_line] = None
                top_text = lines[title_line].text.strip()
            if standfirst_below is not None and standfirst_below != head_standfirst and (
                    _is_name_line(top_text) or _is_section_label(top_text) or _INSTITUTION.fullmatch(top_text)):
                # (not over the standfirst `_standfirst_over_head_block` found: by its own premise the line above it
                # is the headline, and a short capitalised headline, "Ferry Strike Ends", is name-shaped)
                # The masthead above a headline that looked like a standfirst ("Ortis tells Kessel to 'read ...'"):
                # a name is never the headline.
                kinds[title_line] = "other"
                if _MASTHEAD.search(top_text):
                    layout.masthead_publisher = layout.masthead_publisher or top_text
                layout.standfirst_lines.discard(standfirst_below)
                title_line = standfirst_below
            upper = title_line - 1
            while upper > 0 and blank[upper]:  # a blank line may stand between the headline and the line under it
                upper -= 1
            if (upper in header and _HEADLINE_SHAPE.search(lines[upper].text.strip())
                    and not _HEADLINE_SHAPE.search(lines[title_line].text.strip())):
                # "Volkov: “...”" over a plain line: the speaker's words are the headline, the line under it its
                # standfirst.
                layout.standfirst_lines.add(title_line)
                title_line = upper
        elif not labels_only:
            # No byline or date block: the headline comes first, a standfirst may follow it; a line that is only
            # a name (a byline without "By") is not it.
            # Lines above it, set apart by a blank line, are a ticker or another story's link.
            group = [i for i in header if not any(blank[j] for j in range(i, header[-1]))]
            named = [i for i in group if not _BARE_NAME.fullmatch(lines[i].text.strip())]
            # a section label above the headline ("Все новости / Мир / Headline") is not it
            named = [i for i in named if not _is_section_label(lines[i].text)] or named
            title_line = named[0] if named else header[-1]
        for i in header:
            if title_line is not None and i < title_line:
                kinds[i] = "other"
    by_slug = _slug_headline(url, lines, kinds, blank, first_prose, title_line,
                             own_names | ({head_standfirst} if head_standfirst is not None else set()))
    named_headline = _headline_named(lines, blank, first_prose)
    if named_headline is not None:
        # the page's own print line names its headline ('This article appeared ... under the headline "Pulling the
        # plug"', fresh27/f2704): that header line is the headline, whatever line the slug spells (the web page's
        # subheadline)
        by_slug = None if named_headline == title_line else named_headline
    if by_slug is not None and title_line is not None and by_slug > title_line and _PULL_QUOTE.fullmatch(
            lines[title_line].text.strip()):
        # A headline that is wholly a quotation («Мы не просили ...»): the slug names the speaker, whom the line
        # under it (the standfirst) names too; the quotation stays the headline.
        by_slug = None
    if by_slug is not None:
        # The URL's slug names the headline: the line the rules chose shares at most one of its words (a section
        # label, "Date of publication: ...", a view counter, a panellist, a place and date line): it becomes
        # furniture above the headline, and stays content (a standfirst) under it.
        if title_line is not None and title_line < by_slug:
            kinds[title_line] = "other"
        elif title_line is not None:
            layout.standfirst_lines.add(title_line)  # under the headline, it loses only its rank: a standfirst
        for i in range(by_slug):
            if kinds[i] is None and not blank[i]:
                kinds[i] = "other"
        kinds[by_slug] = None
        layout.standfirst_lines = {i for i in layout.standfirst_lines if i > by_slug}
        title_line = by_slug
    if title_line is not None:
        subject = _MAIL_SUBJECT.match(lines[title_line].text)
        if subject:  # a newsletter pasted with its e-mail header: "Subject: Morning Compact: ..." is the headline
            line = lines[title_line]
            lines[title_line] = Line(line.start + subject.end(), line.end, line.text[subject.end():])
        tag = _WIRE_VERSION_TAG.match(lines[title_line].text)
        if tag:
            line = lines[title_line]
            lines[title_line] = Line(line.start + tag.end(), line.end, line.text[tag.end():])
        pictograph = _LEADING_PICTOGRAPHS.match(lines[title_line].text)
        if pictograph and pictograph.end() < len(lines[title_line].text):
            # a post's headline after its emoji ("⚡️Варния и Сорвия договорились ..."): the pictograph is no word of it
            line = lines[title_line]
            lines[title_line] = Line(line.start + pictograph.end(), line.end, line.text[pictograph.end():])
    layout.title_line = title_line
    top_block = [i for i, kind in enumerate(kinds[:min(first_prose + 4, last_prose)])
                 if kind in ("byline", "date", "reltime", "day")]
    kinds = ["other" if kind == "reltime" else kind for kind in kinds]

    if title_line is not None and top_block and top_block[-1] > title_line:
        # Content between the headline and the byline/date block is its standfirst.
        layout.standfirst_lines |= {i for i in range(title_line + 1, top_block[-1]) if kinds[i] is None
                                    and not blank[i]}


    # The printed date: a date line outside related lists, the first near the top, else the last one; a date
    # after the byline's name ("By X | January 29, 2024") when there is no date line.
    # A date under an update's label ("Last updated: 26.11.2026", "Обновлено ...") is when the page changed, never
    # its publication: it is kept apart (`updated_date`), for a page that prints nothing else.
    date_lines = [i for i, kind in enumerate(kinds) if kind == "date"]
    readings = {i: parse_date(lines[i].text, lines[i].start) for i in date_lines}
    # (a line's structure decides two kinds of date line: one with a pictograph's counter ("👁 980", "👍 12") is the
    # article's own meta line only between its headline and its text, a most-read item's above the headline or a
    # reader's comment's under the article anywhere else; a release's label ("Issued on ...", "Released: ...") dates
    # the page only on the line right under a press release's label, elsewhere a film's or a report's box)
    date_lines = [i for i in date_lines if _page_meta_line(lines, blank, i, readings[i], title_line, first_prose)]
    updates = [i for i in date_lines if (r := readings[i]) is not None and r.updated]
    published = [i for i in date_lines if i not in updates]
    top = [i for i in published if i < first_prose]
    chosen = top[0] if top else (published[-1] if published else None)
    if updates:
        top_updates = [i for i in updates if i < first_prose]
        layout.updated_date = readings[top_updates[0] if top_updates else updates[-1]]
    if byline_date is not None and byline_date.updated:  # "By X | Updated January 29, 2024"
        layout.updated_date = layout.updated_date or byline_date
        byline_date = None
    if chosen is not None:
        layout.printed_date = readings[chosen]
        if not top and (reading := readings[chosen]) is not None:
            layout.printed_date = replace(reading, below_text=True)
        elif (reading := readings[chosen]) is not None and title_line is not None and chosen < title_line and (
                _date_above_headline_disputed(lines, blank, chosen, reading,
                                              [readings[i] for i in top if i > title_line] + [byline_date])):
            below_headline = [i for i in top if i > title_line]
            if below_headline and readings[below_headline[0]] is not None:
                # the headline's own date line under it is the article's; the one above, which it contradicts, is
                # the site's day or another item's ("Четверг, 12 Апреля, 2029 года" over a regional site's
                # masthead, fresh39/f3910)
                chosen = below_headline[0]
                layout.printed_date = readings[chosen]
            else:
                layout.printed_date = replace(reading, disputed=True)
        # a meta line names the publisher ("Source: Nordpost | 2024-11-18 ...") or the author ("Posted on ... by X")
        layout.byline_publisher = layout.byline_publisher or date_line_source(lines[chosen].text)
        layout.byline_name = layout.byline_name or date_line_author(lines[chosen].text)
    elif byline_date is not None:
        layout.printed_date = byline_date
    for i in date_lines:
        kinds[i] = "printed_date" if i == chosen else "other"
    # A date line without its year ("13 January, 19:40 · 4 min read", "7 января"), the first above the article, is
    # the page's day when it prints no full date: the year is left to the page's other evidence (`dates.propose_date`).
    days = [i for i, kind in enumerate(kinds) if kind == "day"]
    day_line = next((i for i in days if i < first_prose and (
        not counted(lines[i].text) or (title_line is not None and title_line < i))), None) if (
        layout.printed_date is None) else None
    if day_line is not None:
        layout.printed_day = parse_day(lines[day_line].text, lines[day_line].start)
    for i in days:
        kinds[i] = "printed_date" if i == day_line else "other"

    # The author's note at the end ("Edda Rahn is Nordpost's political correspondent.", "Joel Marsh covers politics
    # for Kessel Today.", "Ирина Вальд — обозреватель ..."): the byline's, not the article's.
    if layout.byline_name:
        bio = re.compile(re.escape(layout.byline_name) + r"(?:\s+(?:is|was|covers|writes|reports|edits|has\s+(?:been"
                         r"|covered|written|reported))(?![\w'’])|\s+[—–]\s+[а-яё])")
        for i in range(first_prose + 1, len(lines)):
            if kinds[i] is None and not blank[i] and bio.match(lines[i].text.strip()) and len(
                    lines[i].text.split()) <= 40:
                kinds[i] = "other"
    # A pull quote: a paragraph that is only a quotation the article quotes again elsewhere (furniture that
    # repeats the body's words in large type).
    for i in range(first_prose, footer):
        stripped = lines[i].text.strip()
        pull = _PULL_QUOTE.fullmatch(stripped)
        if kinds[i] is None and pull and len(_WORD.findall(pull.group("words"))) >= 4:
            words_in = pull.group("words").rstrip(".,!?… ")
            elsewhere = text[:lines[i].start] + "\n" + text[lines[i].end:]
            if words_in in elsewhere:
                kinds[i] = "pull_quote"
    layout.chrome = sorted(_spans(text, lines, kinds, blank) + credits, key=lambda c: c.start)
    _content(layout, lines, kinds, blank)
    if layout.dateline is None and chosen is not None and chosen < first_prose and layout.printed_date is not None:
        layout.dateline = _place_beside_date(lines[chosen], layout.printed_date,
                                             text[lines[first_prose].start:lines[last_prose].end] if (
                                                 first_prose < len(lines)) else "",
                                             [lines[j].text for j in range(first_prose) if j != chosen],
                                             _path_segments(url))
    return layout


_CAPS_PLACE = re.compile(r"[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{3,})?")
"""A place's name set in capitals, one or two words ("ROSTAD", "PORT ELLEN")."""


def _date_above_headline_disputed(lines: list[Line], blank: list[bool], i: int, reading: DateReading,
                                  under: list[DateReading | None]) -> bool:
    """Whether date line `i`, above the headline, is not surely the page's: a date printed under the headline
    (`under`: its date lines, the byline's date) reads another day, or the line right above it is an item's own
    headline (three words or more, no field separators: "Storm closes Orsa pier" over "Oct. 4, 2027 / Updated ...",
    a ticker's or a related story's), not a section's label ("World / Europe") (review of round 28b, F8)."""
    if any(other is not None and not set(other.readings) & set(reading.readings) for other in under):
        return True
    above = lines[i - 1].text.strip() if i > 0 and not blank[i - 1] else ""
    return len(_WORD.findall(above)) >= 3 and not re.search(r"[|/›>»·•:]|\d", above)


def _path_segments(url: str | None) -> set[str]:
    """The segments of `url`'s path, lower-case ("https://review.example/britain/2027/06/09/x" -> {"britain", "2027",
    "06", "09", "x"}); empty without a URL."""
    return {seg.casefold() for seg in _url_parts(url).path.split("/") if seg} if url else set()


def _place_beside_date(line: Line, date: DateReading, body: str, header: list[str],
                       sections: Collection[str] = ()) -> str | None:
    """The dateline a magazine prints as a field of its date line ("Aug 12th 2027 | ROSTAD", fresh27/f2704): the
    one other field, a name in capitals, that the article's `body` names as a place in ordinary case after a
    preposition of place ("in Rostad", "из Ростада"), never a name the other `header` lines print in ordinary case
    (a section's label, "Europe | ..."), nor a segment of the page's URL path (`sections`: "| BRITAIN" on
    /britain/2027/...: the section, review of round 28b, F10). Returned in ordinary case; None when the line has any
    other field."""
    if not line.start <= date.start < line.end:
        return None
    fields = [f.strip() for f in re.split(r"\s*[|·•]\s*", line.text) if f.strip()]
    others = [f for f in fields if date.text not in f]
    if len(others) != 1 or len(fields) != 2 or not _CAPS_PLACE.fullmatch(others[0]):
        return None
    place = re.sub(r"[\w]+", lambda m: m.group(0).capitalize(), others[0])
    if re.sub(r"\s+", "-", place.casefold()) in sections:
        return None
    # (a Russian place is declined in the text: "в Ростаде" for "РОСТАД", its stem and two letters at most after it)
    ending = r"[а-яё]{0,2}" if re.match(r"[А-ЯЁ]", place) else ""
    named = re.compile(r"(?<![\w'’])(?:in|from|at|near|outside|в|во|из|под|возле)\s+" + re.escape(place) + ending
                       + r"(?![\w'’])")
    if named.search(body) is None:
        return None
    if any(re.search(r"(?<![\w'’])" + re.escape(place) + r"(?![\w'’])", h) for h in header):
        return None
    return place


_SELF_NOTE = re.compile(
    r"[\s•*·–—-]*(?:(?:correction|clarification|editor['’]s note|note|update[d]?|поправка|уточнение|примечание"
    r"(?: редакции)?)\s*[:.—–-]\s*)?(?:(?:this|the above)\s+(?:article|story|report|piece|post|item|page)\s+(?:was|has"
    r"\s+been|had\s+been|is\s+being)\s+(?:amended|corrected|updated|changed|edited|revised|clarified)"
    r"|an?\s+(?:earlier|previous|older|original)\s+version\s+of\s+this\s+(?:article|story|report|piece|post)"
    r"|(?:эта|данная)\s+(?:статья|публикация|заметка|новость)\s+(?:была\s+)?(?:исправлена|изменена|обновлена"
    r"|отредактирована)|в\s+(?:предыдущей|первоначальной|ранней|прежней)\s+версии\s+(?:этой\s+|данной\s+)?"
    r"(?:статьи|материала|публикации|заметки|новости))(?![\w'’])",
    re.IGNORECASE,
)
"""A correction note's opening, whose subject is the article itself ("This article was amended on 30 April 2027.",
"An earlier version of this story ...", "Correction: this report has been corrected ...", "Эта статья была
исправлена ...", "В предыдущей версии статьи ...")."""
_WIRE_CREDIT = re.compile(r"(?:(?:additional\s+)?reporting|writing|editing|compiled|edited)\s+by\s+\S.*", re.IGNORECASE)
"""A wire story's credit ("Reporting by X in Haldby; Editing by Y"), met in brackets at the story's foot."""


def _own_notes_at_foot(lines: list[Line], kinds: list[str | None], blank: list[bool], prose: list[bool]) -> None:
    """Mark the page's own notes among the last prose lines as furniture (kind "other", no longer prose), so that
    the article ends before them: a correction note whose subject is the article itself (`_SELF_NOTE`; what it
    repeats in marks is the story's quote again, with the speaker it had wrongly), and the publisher's description
    of itself, a line opening with the name the page's first line prints ("Nordwire, the news division of ...,
    serves ...") set apart from the story by furniture (a wire credit, a related list). Only trailing lines: a
    correction-like sentence with prose after it, or a paragraph naming the publisher right after the story's
    last paragraph, is the article's. Lines are read once from the foot up (linear)."""
    filled = [i for i in range(len(lines)) if not blank[i]]
    first = lines[filled[0]].text.strip() if filled else ""
    masthead = re.split(r"\s*[|·•]\s*|\s{2,}|\s+[—–]\s+", first)[0]
    own = re.compile(re.escape(masthead) + r"(?:,|\s+(?:is|was|serves|publishes)(?![\w'’]))") if (
        masthead and _is_masthead_line(masthead) and not _is_sentence(masthead)) else None
    prose_lines = [i for i in filled if prose[i]]
    # (the notes: trailing prose lines only, never the first prose line, the story's opening)
    for k in range(len(prose_lines) - 1, 0, -1):
        i = prose_lines[k]
        stripped = lines[i].text.strip()
        if _SELF_NOTE.match(stripped):
            kinds[i], prose[i] = "other", False
            continue
        set_apart = any(not prose[j] for j in filled if prose_lines[k - 1] < j < i)
        if own is not None and set_apart and own.match(stripped):
            kinds[i], prose[i] = "other", False
            continue
        break


_HEAD_BLOCK_MOST = 8
"""At most this many lines stand in a page's head block between the standfirst and the article's text (a byline, a
credit, the date, an update line, a reading time, a listen button, a contents box)."""


def _standfirst_over_head_block(lines: list[Line], kinds: list[str | None], blank: list[bool],
                                prose: list[bool]) -> int | None:
    """Mark the page's first prose line as no prose (the header's standfirst, read with the headline by
    `analyse_layout`) when it stands between the headline and the page's head block: the line right above it is
    no furniture (the headline), a short block of lines that are no prose follows it (at most `_HEAD_BLOCK_MOST`),
    holding a byline ("By Clara Wennberg") or a date line ("Published 12 October 2027"), and the article's text
    follows the block, two prose lines or more before any other date line (not a news list's next item: a date
    over a headline and one lead; one line under a block holding both a byline and a date). The article's text
    then starts under the block, and the block's date stands above it (fresh28/f2807, f2810: the standfirst taken
    for the text's start, the body for the foot). Returns the standfirst's line (never the headline a URL's slug
    names: it was the text's first line before), else None. Lines are read once (linear)."""
    first = next((i for i, p in enumerate(prose) if p), None)
    if first is None:
        return None
    above = next((j for j in range(first - 1, -1, -1) if not blank[j]), None)
    if above is None or kinds[above] is not None:
        return None
    text_start = next((j for j in range(first + 1, len(lines)) if prose[j]), None)
    if text_start is None:
        return None
    block = [j for j in range(first + 1, text_start) if not blank[j]]
    if not block or len(block) > _HEAD_BLOCK_MOST or not any(
            kinds[j] in ("date", "reltime", "day") or _BYLINE.fullmatch(lines[j].text.strip()) for j in block):
        return None
    # (a block holding both a byline and a date is the article's head whatever follows: one prose line is its text)
    bylines = [m for m in (_BYLINE.fullmatch(lines[j].text.strip()) for j in block) if m is not None]
    least = 1 if bylines and any(kinds[j] in ("date", "reltime", "day") for j in block) else 2
    body = 0
    for j in range(text_start, len(lines)):
        stripped = lines[j].text.strip()
        if kinds[j] in ("date", "reltime", "day") or body >= least or _COMMENTS_HEADING.fullmatch(stripped) or (
                _RELATED.fullmatch(stripped.rstrip(":"))):
            break  # (review of round 29b: the text is cut by another date, reader comments or a related box)
        body += prose[j]
    if body < least:
        return None
    if any(lines[text_start].text.strip().startswith(m.group("name")) for m in bylines):
        return None  # (review of round 29b) "Anna Lee covers the harbour ...": the author's bio, no text under it
    signed = bool(bylines) or any(kinds[j] == "byline" or (
        (label := _BYLINE_LABEL.match(lines[j].text.strip())) is not None and ":" in label.group()
        and len(lines[j].text.strip()) > label.end()) for j in block)  # "Текст: Анна Петрова", "Author: X"
    if not signed and kinds[block[0]] not in ("date", "reltime", "day") and not any(
            kinds[j] == "date" and _FROM_META.match(lines[j].text.strip()) for j in block):
        # (second review of round 29b, F2) with no byline ("Текст: X" counts) and no labelled date: the head only
        # when its date line stands first, straight under the standfirst ("headline / standfirst / 12 March 2027 /
        # body"): a short line over a bare date under the first paragraph is an item's title (a photo's caption
        # "Strikers on the quay / 2 March 2027", an event box "Union meeting / 20 March 2027"), its date not the
        # page's. A labelled stamp ("Published 4 December 2027") under a "From:" line keeps the head (d881); an
        # event's time ("Union meeting / 20 March 2027, 18:00") is no label.
        return None
    # (review of round 29b) a date stamp or a byline again further down with prose under it repeats the block: a
    # timeline's or a live blog's entries, a news list's items ("<headline> / <lead> / By X / 9 March 2027" again),
    # never the page's own head (the block's own line printed again at the foot, "Published 4 December 2027" over
    # the list of updates, is the page's); the page's lines read once from the text's start
    own = {lines[j].text.strip() for j in block}
    later_prose = False
    for j in range(len(lines) - 1, text_start, -1):
        if later_prose and (kinds[j] in ("date", "reltime", "day") or _BYLINE.fullmatch(lines[j].text.strip())) and (
                lines[j].text.strip() not in own):
            return None
        later_prose = later_prose or prose[j]
    prose[first] = False
    # (under the block's last byline or date line, the short lines before the text are the head's furniture: an
    # update's line, a reading time, a contents box, "Listen to this article"; fresh28/f2810's "Contents")
    # (second review of round 29b, F1) and so is every other line of the block, above or between its byline and
    # date lines: an author's role ("Harbour correspondent"), a caption, a label; left unmarked, it would be taken
    # for the headline (the last header line over the block), and the real headline and the standfirst lost
    for j in block:
        if kinds[j] is None and not _BYLINE.fullmatch(lines[j].text.strip()):
            kinds[j] = "other"
    return first


def _channel_name(lines: list[Line], kinds: list[str | None], blank: list[bool]) -> int | None:
    """The line naming a channel or an account: the page's first line, when the next lines (past its handle,
    "@zaliv_defence") give its audience (`_AUDIENCE`); None on any other page."""
    top = [i for i in range(len(lines)) if not blank[i]][:4]
    if len(top) < 2 or _AUDIENCE.fullmatch(lines[top[0]].text.strip()) or _HANDLE.fullmatch(lines[top[0]].text.strip()):
        return None
    for i in top[1:3]:
        text = lines[i].text.strip()
        if _AUDIENCE.fullmatch(text):
            name = lines[top[0]].text.strip()
            return top[0] if 0 < len(_WORD.findall(name)) <= 8 and not _SENTENCE_END.search(name) else None
        if not _HANDLE.fullmatch(text):
            return None
    return None


_GALLERY_COUNTER = re.compile(r"(?P<k>\d{1,3})\s*(?:/|of|из)\s*(?P<n>\d{1,3})", re.IGNORECASE)
"""A gallery's counter alone on its line: "1 / 7", "2 of 6", "3 из 8"."""
_CREDIT_AT_END = re.compile(r"(?<=[.!?…\"”»’])\s+(?P<credit>(?:photo(?:graph)?s?|pictures?|images?|credit|фото|снимок)"
                            r"\s*:\s*[^.!?…\"“”«»]{2,80})$", re.IGNORECASE)
"""A caption's credit after its last sentence: " Photo: Jonas Vik / Lindmark Today"."""


def _gallery_captions(lines: list[Line], kinds: list[str | None], blank: list[bool]) -> list[ChromeSpan]:
    """A gallery's captions made content, in place: where two lines or more are counters of one series (the same
    total, the numbers rising, none above the total), each counter is furniture and the line under it, its caption,
    is text, its closing credit cut off (`lines` gets the caption without it) and returned as a chrome span. A page
    with one counter, or counters of no one series, is left as it is: a caption under an article's picture stays
    furniture."""
    counters = [(i, m) for i, line in enumerate(lines) if (m := _GALLERY_COUNTER.fullmatch(line.text.strip()))]
    totals = {int(m.group("n")) for _, m in counters}
    numbers = [int(m.group("k")) for _, m in counters]
    if len(counters) < 2 or len(totals) != 1 or numbers != sorted(set(numbers)) or numbers[-1] > totals.pop():
        return []
    credits: list[ChromeSpan] = []
    for i, _ in counters:
        kinds[i] = "other"
        j = next((j for j in range(i + 1, min(i + 3, len(lines))) if not blank[j]), None)
        if j is None or _GALLERY_COUNTER.fullmatch(lines[j].text.strip()):
            continue
        line = _trimmed(lines[j])
        credit = _CREDIT_AT_END.search(line.text)
        if credit is not None:
            start = line.start + credit.start("credit")
            credits.append(ChromeSpan(start, line.end, line.text[credit.start("credit"):], "other"))
            lines[j] = Line(line.start, line.start + credit.start(), line.text[:credit.start()])
        elif _CAPTION.search(line.text):
            continue  # a credit alone, or one that ends no sentence of a caption: furniture as it was
        kinds[j] = None
    return credits


_NOTE = re.compile(r"\s*(?:\[(?P<bracketed>\d{1,2})\]|(?P<plain>\d{1,2})[.)]?)\s+\S")
"""A numbered note's start: "1 Vellin Declaration ...", "[2] Speech by ...", "3. Ibid."."""
_NOTE_MARK = re.compile(r"\[(?P<bracketed>\d{1,2})\]"
                        r"|(?:(?:(?<=[^\W\d_A-ZА-ЯЁ])|(?<=[”\"»’)]))[.,;:]?|(?<=[A-ZА-ЯЁ])[.,;:])"
                        r"(?P<plain>\d{1,2})(?=[\s.,;:]|$)")
"""A footnote's mark in the text: a number in brackets, or digits stuck to a lower-case word or a closing mark, a stop
or comma between them ("2028.1" aside: "anyone”.2", "costs”,2 but", "support.4"), or after a capital and a stop
("the CSTO.3"). Digits stuck to a capital are a name's ("Q1", "M1", "F16"), never a mark."""


def _footnotes(text: str, lines: list[Line], blank: list[bool], first_prose: int, footer: int) -> int | None:
    """The line where a list of notes begins (its heading, if a short line stands right above it), or None: a run of
    two or more lines numbered 1, 2, 3, ... after the article's first paragraph, before its footer, at least two of
    whose numbers (and half of them) the text above the run cites as footnote marks. An ordinary numbered list
    ("1. First, ...") is cited by no marks and stays the article's."""
    marks: list[tuple[int, int]] | None = None  # (position, number) of every mark, found once, on demand
    seen, cited = 0, set[int]()
    i = first_prose + 1
    while i < footer:
        first = _NOTE.match(lines[i].text) if not blank[i] else None
        if first is None or int(first.group("bracketed") or first.group("plain")) != 1:
            i += 1
            continue
        numbers, j = [1], i + 1
        while j < len(lines) and not blank[j]:
            nxt = _NOTE.match(lines[j].text)
            if nxt is None or int(nxt.group("bracketed") or nxt.group("plain")) != numbers[-1] + 1:
                break
            numbers.append(numbers[-1] + 1)
            j += 1
        if len(numbers) >= 2:
            if marks is None:
                marks = [(m.start(), int(m.group("bracketed") or m.group("plain")))
                         for m in _NOTE_MARK.finditer(text, lines[first_prose].start, lines[footer - 1].end)]
            while seen < len(marks) and marks[seen][0] < lines[i].start:  # the marks above this run, read once
                cited.add(marks[seen][1])
                seen += 1
            found = sum(n in cited for n in numbers)
            if found >= 2 and 2 * found >= len(numbers):
                head = i - 1
                if head > first_prose and not blank[head] and len(_WORD.findall(lines[head].text)) <= 3 and not (
                        _SENTENCE_END.search(lines[head].text.strip())):
                    return head
                return i
        i = j
    return None


def _url_parts(url: str) -> SplitResult:
    """`url` split by the standard library (an address given without its scheme is read as host and path)."""
    try:
        return urlsplit(url if "://" in url else "//" + url)
    except ValueError:  # a malformed host ("http://[x"): no host, no path to learn from
        return urlsplit("")


def _url_host(url: str | None) -> str:
    """The host of `url`, lower-case, without its port and a leading www/m/en/ru label ("" without one)."""
    if not url:
        return ""
    return re.sub(r"^(?:www\d?|m|en|ru)\.", "", _url_parts(url).hostname or "")


_TRANSLATION_BAR = re.compile(
    r"\s*(?:translated\s+(?:from|into|by|with)|show\s+(?:the\s+)?original|(?:always|never)\s+translate"
    r"|view\s+(?:the\s+)?original|translate\s+this\s+page|original\s+text"
    r"|переведено\s+(?:с|на|из)|перевод\s+с\s|показать\s+(?:оригинал|исходный)|(?:всегда|никогда\s+не)\s+переводить"
    r"|исходный\s+текст)(?![\w'’])",
    re.IGNORECASE,
)
"""The opening of a line of a browser's machine-translation bar pasted over a page ("Translated from: Halvian →
English", "Show original   Options ▾   Always translate Halvian", "Переведено с: английский", "Показать оригинал"):
the browser's, not the page's (matched at a line's start: a headline "Harl poems translated into English" is none)."""


def _without_translation_bar(texts: list[str]) -> list[str]:
    """`texts` (a page's non-blank lines, stripped) without the machine-translation bar's lines that open it (each
    short, no sentence, naming the translation; fresh27/f2713): the page's own first lines are those under it."""
    k = 0
    while k < min(len(texts), 3) and _TRANSLATION_BAR.match(texts[k]) and len(texts[k].split()) <= 12 and (
            not _SENTENCE_END.search(texts[k])):
        k += 1
    return texts[k:] if k < len(texts) else texts


def masthead_publisher(layout: Layout, url: str | None) -> str | None:
    """The publisher a page names only in its masthead, its footer or a press release's header: the first line's
    name when it is a publication's ("Lindmark Courier", "Кессель-Пресс"), stands over the site's menu, or the URL's
    host spells it
    ("Varnia Today" at varniatoday.example); else an outlet named as the story's reporter; else a press release's
    issuer. None when the page names none."""
    if layout.top_name:
        host = _url_host(url)
        label = re.sub(r"[^a-z0-9]", "", host.split(".")[0]) if host else ""
        found = _WORD.findall(layout.top_name)
        # (a Russian name capitalises its first word only: "Линдмаркский курьер")
        # (a joining word inside an English name stays lower case: "Voice of Halvia")
        capitalised = all(w[0].isupper() or (k and w in ("of", "the", "for", "and")) for k, w in enumerate(found)) or (
            bool(found) and found[0][0].isupper() and bool(re.match(r"[А-ЯЁ]", found[0])))
        if (capitalised and (_MASTHEAD.search(layout.top_name) or layout.top_over_menu)) or (
            label and re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", layout.top_name.lower())) == label
        ):
            # (a name over the site's menu is the site's, even when its words are no publication's: a society's
            # site reprinting an agency's item under "Источник: ...", fresh39/f3916)
            return layout.top_name
    return layout.reporter or layout.issuer


_LEADING_PICTOGRAPHS = re.compile(r"[\s\u200d\ufe0e\ufe0f\u2190-\u2bff\U0001f000-\U0001faff]+")
"""Pictographs and symbols opening a line ("⚡️", "❗️", "🔴 "), with their joiners and variation selectors."""
_MAIL_SUBJECT = re.compile(r"\s*(?:Subject|Тема(?:\s+письма)?)\s*:\s*(?=\S)")
_CHAPTER = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\][ \t\u00a0]+(?![^\n:]{1,30}:[ \t\u00a0])"
                      r"(?:\S+[ \t\u00a0]+){0,13}\S*[^\s.!…]")
"""A chapter of a podcast's or a video's episode: its time in brackets and its short heading, ending in no stop
("[06:30] The "Grey Heron" and the cable nobody has laid yet"); a transcript's timed turn ("[00:12] ROOS: ...") or
sentence ("[00:12] It was a success.") is none."""
_CREDITS = re.compile(r"(?:(?:theme\s+)?music|sound(?:\s+design)?|mixed|artwork|cover\s+art|produced|production|"
                      r"музыка|звук|продюсер)(?:\s+by)?\s*:", re.IGNORECASE)
"""A production credit opening a line ("Music: "Low Tide" by Anna Fell. Produced by ..."): the credits' titles in
marks are no quotes."""
_PINNED = re.compile(r"[\s\u200d\ufe0e\ufe0f\u2190-\u2bff\U0001f000-\U0001faff]*"
                     r"(?:Pinned(?:[ \t\u00a0]+(?:post|message))?"
                     r"|Закреплено|Закреп(?:л[её]нн|ленн)(?:ое|ый)[ \t\u00a0]+(?:сообщение|пост))[ \t\u00a0]*:",
                     re.IGNORECASE)
"""The label of a channel's or a forum's pinned post, with or without its pin (fresh36/f3618)."""
_WIRE_VERSION_TAG = re.compile(r"\s*(?:(?:UPDATE|WRAPUP)[ \t\u00a0]?\d{1,2}|UPDATE|REFILE|RPT|CORRECTED)-(?=\S)")
"""A wire service's version tag before its headline ("UPDATE 2-", "REFILE-", "CORRECTED-"): the wire's bookkeeping
of the story's versions, never words of the headline (fresh36/f3601). A story's kind ("FACTBOX-") stays, as
fresh14/f1408's gold keeps it (fresh37/f3701's drops it: a convention the corpora disagree on)."""
_SLUG_STOPWORDS = {"the", "and", "for", "with", "from", "over", "html", "htm", "php", "aspx", "shtml", "news",
                   "article", "story", "amp", "index", "dlya", "pri", "ili", "eto", "chto", "kak"}


def slug_words(url: str | None) -> set[str]:
    """The skeletons (`search.skeleton`) of the words of a URL's slug: its path segment with the most words, split
    at hyphens and underscores, without numbers, file extensions and words of fewer than three letters; a Russian
    slug is transliterated ("ortis-lindmark-poezd"), and its words meet the headline's Cyrillic words through the
    skeleton. Empty without a URL, or for a slug of fewer than two words (a date, an id, "index.html")."""
    if not url:
        return set()
    path = _url_parts(url).path
    segments = [re.sub(r"\.(?:s?html?|php|aspx?)$", "", seg) for seg in path.split("/")]
    best = max(segments, key=lambda seg: len(re.findall(r"[^\W\d_]{3,}", seg)), default="")
    found = {sk for w in re.split(r"[-_+.~%\s]+", best) if len(w) >= 3 and not w.isdigit() and w.isalnum()
             for sk in skeleton(w).split() if len(sk) >= 3 and sk not in _SLUG_STOPWORDS and not sk.isdigit()}
    return found if len(found) >= 2 else set()


def _shares(slug: set[str], text: str) -> int:
    """How many of the slug's word skeletons a line has (a word of the line may be inflected: "poezd" covers
    "поезд" and "поезда", "warns" covers "warns", "losses" covers "loss"): a common start of four letters or more
    that is all of the shorter word but its last two letters."""
    own = set(skeleton(text).split())
    count = 0
    for word in slug:
        for mine in own:
            short = min(len(word), len(mine))
            common = next((k for k, (a, b) in enumerate(zip(word, mine, strict=False)) if a != b), short)
            if word == mine or (common >= 4 and common >= short - 2):
                count += 1
                break
    return count


def _is_headline_like(text: str) -> bool:
    """Sentence-like enough to be a headline: three words or more (after a "Label:" prefix, the words after it),
    not only digits and symbols."""
    stripped = text.strip()
    after = stripped.split(":", 1)[1] if ":" in stripped else stripped
    return len(_WORD.findall(stripped)) >= 3 and len(_WORD.findall(after)) >= 3


def _slug_headline(url: str | None, lines: list[Line], kinds: list[str | None], blank: list[bool], first_prose: int,
                   title_line: int | None, own_names: set[int]) -> int | None:
    """The header line the URL's slug names when the rules' headline shares at most one of its words: the line above
    the article that has the most of the slug's words, two more than the rules' choice or more (the first of
    equals); None when the rules' choice stands (no URL, no slug of two words, a headline that shares two, or no
    line sharing two more). A slug may name a series rather than the story (`/newsletters/bay-security-brief/212`):
    the page's own name (`own_names`, repeated in its footer) is never taken."""
    slug = slug_words(url)
    if not slug:
        return None
    current = _shares(slug, lines[title_line].text) if title_line is not None else 0
    if current > 1:
        return None
    best, best_score = None, current + 1  # a line with two more of the slug's words than the rules' choice
    for i in range(first_prose):
        if blank[i] or kinds[i] not in (None, "other") or i in own_names or not _is_headline_like(lines[i].text):
            continue
        if _is_menu(lines[i].text) or _MAIL_HEADER.fullmatch(lines[i].text.strip()) or _is_trail_over_headline(
                lines, blank, i) or _BARE_ADDRESS.fullmatch(lines[i].text.strip()):
            # a menu naming the site's sections ("Home  Ministry  Press Service ..."), or an e-mail's sender ("From:
            # Compass Morning Brief <brief@...>" at ".../morning-brief/...": the series, not the issue) names no story;
            # nor does a web address alone on its line (a web archive's toolbar printing the captured page's address:
            # it spells the slug because it is the address, fresh26/f2611)
            continue
        score = _shares(slug, lines[i].text)
        if score > best_score:
            best, best_score = i, score
    return best


_HEADLINE_NAMED = re.compile(
    r"(?<![\w'’])(?:under\s+the\s+(?:print\s+)?(?:headline|title)|headlined|с\s+заголовком|под\s+заголовком)"
    r"\s*:?\s*[«\"“„](?P<headline>[^«»\"“”„\n]{2,160})[»\"”“]",
    re.IGNORECASE,
)
"""A print line naming the story's headline in marks ('... of the print edition under the headline "Pulling the
plug"', «... в печатной версии под заголовком «...»»)."""


def _headline_named(lines: list[Line], blank: list[bool], first_prose: int) -> int | None:
    """The header line (above the first prose line) that a line after the text names as the headline in marks
    (`_HEADLINE_NAMED`), word for word; None when no line after the text names one, or no header line is it. Each
    line after the text is searched once."""
    for i in range(first_prose + 1, len(lines)):
        if blank[i] or len(lines[i].text) > 400:
            continue
        found = _HEADLINE_NAMED.search(lines[i].text)
        if found is None or not _PRINT_EDITION.search(lines[i].text) or _FORMER_VERSION.search(lines[i].text):
            # (only the print edition's line names this story's headline: a headline quoted in the prose, another
            # outlet's, or a correction's former one is not the title: review of round 28b, F9)
            continue
        wanted = fold(found.group("headline")).strip()
        return next((j for j in range(first_prose) if not blank[j] and fold(lines[j].text).strip() == wanted
                     and not _in_a_list(lines, blank, j)), None)
    return None


_PRINT_EDITION = re.compile(r"(?<![\w'’])(?:print|printed|печатн[а-яё]*|номер[а-яё]*|выпуск[а-яё]*)(?![\w'’])",
                            re.IGNORECASE)
"""A line about the printed issue ("appeared in the print edition", «в печатной версии», «в номере от»)."""
_FORMER_VERSION = re.compile(r"(?<![\w'’])(?:earlier|previous|former|correction|ранее|предыдущ[а-яё]*|исправлени"
                             r"[а-яё]*)(?![\w'’])", re.IGNORECASE)
"""A correction's words: the headline it names is a former one."""
_LIST_LABEL = re.compile(r"(?:most\s+(?:read|popular|viewed|shared)|related|popular|trending|read\s+(?:more|also|next)"
                         r"|more\s+(?:stories|news)|top\s+stories|latest|читайте\s+также|популярное|самое\s+"
                         r"(?:читаемое|популярное)|по\s+теме|новости\s+по\s+теме|последние\s+новости)\W*",
                         re.IGNORECASE)
"""The label of a list of other stories ("Most read", "Related", «Читайте также»)."""


def _in_a_list(lines: list[Line], blank: list[bool], j: int) -> bool:
    """Whether header line `j` is an item of a list: in a run of three non-blank lines or more, or under a list's
    label in its run ("Most read" over "The price of salt")."""
    first = j
    while first > 0 and not blank[first - 1]:
        first -= 1
    last = j
    while last + 1 < len(lines) and not blank[last + 1]:
        last += 1
    return last - first >= 2 or any(_LIST_LABEL.fullmatch(lines[k].text.strip()) for k in range(first, j))


_TRAIL_SEPARATOR = re.compile(r"\s+/\s+|\s*[>»›→]\s*")
"""What sets apart the items of a breadcrumb trail ("Home / News", "Press Service > Press releases")."""


def _is_trail_over_headline(lines: list[Line], blank: list[bool], i: int) -> bool:
    """Whether line `i` is a breadcrumb trail ending with the headline: three items or more set apart by an arrow or
    " / ", all but the last short (30 characters at most) and no sentence, the last repeated whole as the next line
    that is not blank, within three lines ("Home > News > Iron Tide ends" over "Iron Tide ends")."""
    if blank[i]:
        return False
    items = [item.strip() for item in _TRAIL_SEPARATOR.split(lines[i].text.strip())]
    if len(items) < 3 or not all(0 < len(item) <= 30 and not _SENTENCE_END.search(item) for item in items[:-1]):
        return False
    below = next((j for j in range(i + 1, min(i + 4, len(lines))) if not blank[j]), None)
    return below is not None and lines[below].text.strip() == items[-1]


def _is_breadcrumb_item(name: str, lines: list[Line]) -> bool:
    """Whether `name` is the last item of a breadcrumb trail among the page's `lines` (two items or more, set apart
    by " / " or an arrow: "Home / News from the Assembly"): the page's section, not its publisher."""
    folded = name.strip().casefold()
    for line in lines:
        items = [item.strip().casefold() for item in _TRAIL_SEPARATOR.split(line.text.strip())]
        if len(items) >= 2 and items[-1] == folded:
            return True
    return False


def _is_menu(text: str) -> bool:
    """A line of a site's menu or breadcrumb: three or more short items set apart by separators or wide gaps, or two
    or more under one another's mark, no sentence ("Home  Ministry  Foreign Policy  Press Service  Contacts", "News |
    Politics | World", "Press Service > Press releases")."""
    stripped = text.strip()
    return bool(_NAVIGATION.fullmatch(stripped) or _BREADCRUMB.fullmatch(stripped)) and not _SENTENCE_END.search(
        stripped)


_BREADCRUMB = re.compile(r"[^\s>»›→][^>»›→]{0,30}(?:\s*[>»›→]\s*[^\s>»›→][^>»›→]{0,30})+")
"""A breadcrumb: short items, two or more, each under the one before ("Press Service > Press releases")."""


def _is_section_label(text: str) -> bool:
    """A section or menu label above a headline: one word ("Мир", "Politics"), or menu furniture."""
    stripped = text.strip()
    return len(_WORD.findall(stripped)) <= 1 or bool(_FURNITURE.fullmatch(stripped))


_SAYS = re.compile(r"(?<![\w'’])(?:says|said|warns|tells|told|insists|заявил[аи]?|сказал[аи]?|считает"
                   r"|говорит)(?![\w'’]).*[\"“«„‘']", re.IGNORECASE)


_COMMENTS_HEADING = re.compile(r"(?:(?:reader\s+)?comments|комментарии(?:\s+читателей)?|обсуждение)(?:\s*\(\d+\))?"
                               r"|\d+\s+(?:comments?|комментари(?:й|я|ев))"
                               # a blog's comments, headed by the post's title in marks ("4 thoughts on “Summit
                               # over”", "One response to ...", "2 комментария к записи «...»"; fresh25/f2511): the
                               # title repeated there is the heading's, not a quotation
                               r"|(?:\d+|one|two|three|four|five|один|одна|два|две|три|четыре)\s+(?:thoughts?|responses?"
                               r"|repl(?:y|ies)|comments?|комментари(?:й|я|ев)|отзыв(?:а|ов)?|ответ(?:а|ов)?)\s+"
                               r"(?:on|to|к|на)\s+(?:(?:записи|посту|статье|“)\s*)?[“\"«„‘'].{1,200}[”\"»“’']",
                               re.IGNORECASE)
"""The heading of reader comments: "Comments", "Comments (31)", "12 comments", "Комментарии (3)", "4 thoughts on
\"<the post's title>\"."""
_TITLED_COMMENTS = re.compile(r"(?:\d+|one|two|three|four|five|один|одна|два|две|три|четыре)\s+\S+\s+(?:on|to|к|на)"
                              r"\s.*", re.IGNORECASE)
"""A comments heading naming the post's title ("4 thoughts on “...”"): the form an op-ed's "Two responses to “...”"
shares, so it heads comments only over a comment's head."""
_COMMENT_HEAD = re.compile(r"(?P<name>[A-ZÀ-ÞА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]*\.?){0,2})"
                           r"(?:\s*[·•|]\s*(?P<when>\S.{2,40})|\s+(?:says|said|writes|wrote|пишет|написал[аи]?)\s*:)")
"""A reader's comment's own header: a short name (its surname often an initial) and when it was posted after a
separator ("Ольга П. · 2 дня назад", "Marta H. | 3 June 2027"), or a blog's "Sven L. says:" (fresh25/f2511, f2520)."""


def _is_comment_head(text: str) -> bool:
    """Whether `text` is a reader's comment's header (`_COMMENT_HEAD`): what follows the separator is a time (a
    relative one, a date, a day), never words."""
    head = _COMMENT_HEAD.fullmatch(text.strip())
    if head is None:
        return False
    when = head.group("when")
    return when is None or bool(_RELATIVE_TIME.fullmatch(when.strip()) or parse_date(when.strip())
                                or parse_day(when.strip()))
_REPORTER = re.compile(
    r"(?<![\w'’])(?!(?:He|She|They|We|It|I|You|Officials|Reporters)\s)(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+(?:has\s+|have\s+)?learned\b"
    r"|(?i:(?:сообщил[иа]?|рассказал[иа]?|заявил[иа]?|стало известно)\s+(?:корреспонденту|агентству|изданию|газете"
    r"|порталу)\s+)«(?P<ru>[^«»\n]{2,40})»"
    r"|(?i:(?:this (?:article|story|interview) (?:first )?appear(?:s|ed) in|first published (?:in|by)|(?:^|\n)source:"
    r"|(?:^|\n)источник:|материал (?:впервые )?опубликован в)\s+(?:the\s+)?(?:[\w-]+\s+(?:issue|edition)\s+of\s+)?"
    r"(?:(?:журнале|газете|издании)\s+)?)[«\"“]?(?P<pub>[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:[ \t\u00a0]+[A-ZÀ-ÞА-ЯЁ][\w'’-]+){0,3})",
)
"""An outlet named as the story's own reporter or first publisher: "Valinform has learned", "сообщили агентству
«Гаваньинформ»", "This article appears in the September issue of Harbour Monthly", "Source: Nordpost"; the name
on one line ("Источник: Интерфакс-Варния" over a share bar's "Поделиться", fresh39/f3916)."""
_PULL_QUOTE = re.compile(r"[“\"«„](?P<words>[^“”\"«»„]+)[”\"»“]")
_HEADLINE_SHAPE = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+(?:\s[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+)?:\s+[^|]+$"
                             r"|^[“\"«„‘'][^|]+$")
"""A headline's own shape: "Speaker: words" or a quotation first."""
_PRESS_RELEASE = re.compile(r"(?:press release|news release|пресс-релиз)\b", re.IGNORECASE)
_FUNCTION_WORDS = {"of", "the", "and", "for", "on", "de", "и", "по", "при"}


_ATTRIBUTION_LINE = re.compile(r"[—–][ \t\u00a0]+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*[ \t\u00a0]+){0,5}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*"
                               r"(?:[ \t\u00a0]*[,(].*)?")
"""A dash line that names someone: capitalised words (a role and a name), then a comma or a bracket and anything
("— President Marek Volkov, at a press conference", "— Ada Holm (@adaholm) July 3, 2027"), or nothing."""
_COMMENT_COUNT = re.compile(r"\(\d+[ \t\u00a0]+(?:comments?|replies|комментари[а-яё]*)\)", re.IGNORECASE)
"""A comment count in brackets ("(12 comments)"): a related link's, never a speaker's line."""
_QUOTE_LINE = re.compile(r"[\"“„«][^\"“”„«»\n]{2,}[\"”“»]")
"""A line that is one quotation and nothing else ("“Predictability is a weapon too.”")."""


def _is_masthead_line(text: str) -> bool:
    """A body's or publication's name on a page's top line: up to ten words, no sentence end, every word
    capitalised but a few joining ones ("Ministry of Foreign Affairs of the Republic of Varnia")."""
    stripped = text.strip()
    found = _WORD.findall(stripped)
    return (0 < len(found) <= 10 and not _SENTENCE_END.search(stripped) and not re.search(r"[,:;\"“«„]", stripped)
            and all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in found))


def _is_sentence(text: str) -> bool:
    """A short line that ends a sentence (four words or more, not a list item): article text, not a headline."""
    stripped = text.strip()
    # (a masthead's slogan, "Your town. Your news.", "Новости. Мнения. Аналитика.": two sentences or more of three
    # words at most each, no running text)
    pieces = [p for p in re.split(r"(?<=[.!?…])\s+", stripped) if p]
    slogan = len(pieces) >= 2 and all(len(_WORD.findall(p)) <= 3 for p in pieces)
    return (len(_WORD.findall(stripped)) >= 4 and bool(_SENTENCE_END.search(stripped))
            and not _LIST_ITEM.fullmatch(stripped) and not slogan)


_COUNTER = re.compile(r"(?:posts?|replies|reply|views?|messages?|topics?|threads?|comments?|likes?|reputation|karma"
                      r"|points|сообщени[йяе]|ответ(?:ов|а|ы)?|просмотр(?:ов|а|ы)?|тем[аы]?|комментари(?:ев|я|й)"
                      r"|репутация|карма|рейтинг|лайк(?:ов|а|и)?)\s*:\s*\d[\d\s\u00a0]*"
                      r"|(?:page|страница)\s+\d+\s+(?:of|из)\s+\d+",
                      re.IGNORECASE)
"""A forum's counter: a forum's label and a number ("Сообщений: 312", "Posts: 1 044", "Ответов: 4"), or a thread's
page among its pages ("Страница 1 из 1", "Page 2 of 5"); never a headline's "Death toll: 17" or "Итоги года: 2027"
(review of round 29d)."""


def _is_counter_line(text: str) -> bool:
    """A line of a forum's counters only (`_COUNTER`), one or several set apart by a dot, a bar or a bullet
    ("Страница 1 из 1 · Ответов: 4 · Просмотров: 1 208")."""
    parts = [p.strip() for p in re.split(r"[·|•]", text.strip())]
    return bool(parts) and all(_COUNTER.fullmatch(p) for p in parts)


def _is_handle(text: str) -> bool:
    """A user's handle alone on its line: one token of letters joined by an underscore or with digits in it
    ("Лесник_Лейдо", "marta_k", "sosed1984"), no space; a forum's or a comment's author only beside a counter
    (`_in_forum_head`: "G20", "COVID19", "Су57" alone are headlines)."""
    stripped = text.strip()
    return bool(re.fullmatch(r"@?[^\W\d_][\w.-]{2,30}", stripped)) and (
        "_" in stripped or bool(re.search(r"[^\W\d_]\d|\d[^\W\d_]", stripped)))


def _in_forum_head(lines: list[Line], blank: list[bool], i: int) -> bool:
    """Whether line `i` is part of a forum post's head: a line of a forum's counters (`_is_counter_line`), a user's
    handle with an underscore ("Марта_К"), or one with digits (`_is_handle`) with such a counter line right under or
    over it ("sosed1984" / "Сообщений: 1 208"; "G20", "COVID19" alone are headlines; review of round 29d)."""
    if _is_counter_line(lines[i].text):
        return True
    if not _is_handle(lines[i].text):
        return False
    if "_" in lines[i].text:
        return True  # "Марта_К", "Рыбак_из_Сельвика": no headline joins its words by an underscore
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and not blank[j]]
    return any(_is_counter_line(lines[j].text) for j in near)


def _headline_over_counter(lines: list[Line], blank: list[bool], i: int) -> bool:
    """Whether line `i` is a news page's headline right over its counter ("Ferry Strike Ends" / "Views: 1 208",
    "Паромы Встали" / "Просмотров: 1 208"): the next line a counter line (`_is_counter_line`), line `i` no user's
    handle (`_in_forum_head`) and a line that may be the headline (`_could_be_headline`). A Title Case headline
    there is never the author's name (second review of round 29d)."""
    below = next((j for j in range(i + 1, len(lines)) if not blank[j]), None)
    return below is not None and _is_counter_line(lines[below].text) and not _in_forum_head(lines, blank, i) and (
        _could_be_headline(lines[i].text, first=i == blank.index(False)))


def _is_name_line(text: str) -> bool:
    """A line that is only a name: one to three capitalised words ("Meridian", "Lena Ortis", "Harbour Times"), or
    up to four words one of which is a masthead word ("Гавань-Пресс", "The Island Herald")."""
    stripped = text.strip()
    if _SENTENCE_END.search(stripped):
        return False
    return bool(_BARE_NAME.fullmatch(stripped) or re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ][^\W\d_]+", stripped)) or (

        len(stripped.split()) <= 4 and stripped[:1].isupper() and bool(_MASTHEAD.search(stripped)))


def _could_be_headline(text: str, *, first: bool) -> bool:
    """Whether a header line may be the page's headline: not the page's first line (`first`: its masthead or its
    site's name), nor a masthead's name elsewhere ("Harbour News"), a section's label in capitals, a body's name or a
    menu ("Home | World | Sport")."""
    stripped = text.strip()
    return not (first or (_is_name_line(stripped) and _MASTHEAD.search(stripped)) or _SECTION_LABEL.fullmatch(stripped)
                or _INSTITUTION.fullmatch(stripped) or len(re.split(r"\s[|·•]\s|\s{2,}", stripped)) > 2)


def _is_standfirst(text: str) -> bool:
    """A standfirst under a headline: a sentence, or a line of PROSE_WORDS words or more (a headline is
    shorter and ends no sentence)."""
    stripped = text.strip()
    # "Foreign minister says membership "is not a question..."": a summary quoting the article, under its headline
    return len(_WORD.findall(stripped)) >= PROSE_WORDS or _is_sentence(stripped) or bool(_SAYS.search(stripped))


def _is_prose(text: str) -> bool:
    """A line of running text: enough words, and a sentence's end unless it is long (a headline of twelve words
    has no full stop)."""
    count = len(_WORD.findall(text))
    stripped = text.strip()
    return count >= PROSE_WORDS and (count >= 2 * PROSE_WORDS or bool(_SENTENCE_END.search(stripped))
                                     or bool(_DATELINE.match(stripped))) and not (
        _EPIGRAPH.fullmatch(stripped) and not _SENTENCE_END.search(stripped))  # «...», — заявил X. is prose


def _spans(text: str, lines: list[Line], kinds: list[str | None], blank: list[bool]) -> list[ChromeSpan]:
    """Chrome lines as spans: a related list as one span, consecutive share lines as one, subscription lines
    across blank lines as one."""
    spans: list[ChromeSpan] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind is None or blank[i]:
            i += 1
            continue
        span_kind = "related_list" if kind in ("related_header", "related_item") else kind
        j = i
        while j + 1 < len(lines):
            nxt = kinds[j + 1]
            if (span_kind == "related_list" and nxt == "related_item") or (
                span_kind == "share_links" and nxt == "share_links"
            ):
                j += 1
                continue
            if span_kind == "subscription":
                k = j + 1
                while k < len(lines) and blank[k]:
                    k += 1
                if k < len(lines) and kinds[k] == "subscription":
                    j = k
                    continue
            break
        first, last = _trimmed(lines[i]), _trimmed(lines[j])
        spans.append(ChromeSpan(first.start, last.end, text[first.start:last.end], span_kind))
        i = j + 1
    return spans


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of a paragraph, if it has one (a place in capitals unless a publisher is named;
    a bare place needs a dash or a date: "Since coming to power ..." is no dateline)."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    place = match.group("place")
    if match.group("caps") and text[:match.start("caps")].rstrip().endswith(",") and (
            place is None or (" " in place.strip() and not place.isupper()) or _WEEKDAY_NAME.search(place)):
        # the agency after a comma behind the date ("Tarnby, 14 May, KPA – "): the place before it is one place's
        # name, never a weekday or a phrase ("On Friday, 3 April, KPA – the port authority – closed ..." is a
        # sentence whose subject is between dashes)
        return None
    if match.group("country") and not (match.group("publisher") or " ").strip()[:1].isupper():
        # the agency in brackets after the country's ("Ostby (Lindmark) (NWA) - ") is a name; a caption's position
        # in lowercase ("Ola Berg (Kessel) (left) - the new harbour master - greets ...") makes no dateline
        return None
    named = match.group("publisher") or match.group("agency") or match.group("caps")
    if named:
        return match
    if place is None or (match.group("region") and not (place.isupper() and len(place) > 2
                                                         and match.group("sep") in ("-", "–", "—", "--"))):
        return None  # (a region after a place in capitals and before a dash: "TARN, Lindmark — ...")
    if place.isupper() and len(place) > 2 and (match.group("date") or match.group("sep") != "."):
        return match
    if (" " not in place and match.group("sep") in ("—", "–") and place[1:].islower() and len(place) > 2
            and text[match.end():match.end() + 1].isupper()):
        return match  # "Valmont — President Volkov said ...": a place in plain letters before a long dash
    return None


_ITEM_LABEL = re.compile(r"update[sd]?|correction|clarification|editor['’]?s\s+note|note|watch|listen|read\s+more|live"
                         r"|breaking|exclusive|analysis|opinion|обновлено|обновление|исправление|уточнение|молния"
                         r"|срочно|эксклюзив|мнение|примечание(?:\s+редакции)?",
                         re.IGNORECASE)
"""A label in capitals before a dash ("UPDATE —", "CORRECTION —", «ОБНОВЛЕНИЕ —»): no item's place."""
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|we|our|us|my|you|мы|я|нас|нам|наш[а-яё]*|мой|вы|вас)(?![\w'’])",
                           re.IGNORECASE)
"""A first or second person outside quotation marks: an answer in an interview, not a news item's report."""


def _news_in_brief(numbered: list[tuple[int, Line]]) -> bool:
    """Whether the page's first dateline opens a column of news in brief: it and the paragraphs right after it, three
    or more in a row, each a news item opening with its own place in capitals and a dash, with no date nor agency
    ("KELMSTAD — ...", "OSKEBY — ...", "VELLIN — ..."; fresh28/f2813): each place is its item's, and the page as a
    whole has no dateline. An item reports (ten words or more after the dash, no first or second person outside
    quotation marks); a label ("UPDATE —", "CORRECTION —") is no place; an opening that recurs is a speaker in a
    transcript ("HOLM — Not this week."), so is a short answer; one story's lead with other places further down, or a
    long lead before them, keeps its dateline (review of round 29d). The column ends the page's content: every
    paragraph from the first item on is such an item (ten to a hundred words); a run of places followed by undated
    prose is one story (second review of round 29d). Reads the paragraphs from the first dateline on."""
    start = next((k for k, (_, line) in enumerate(numbered[:8]) if _dateline(line.text) is not None), None)
    if start is None:
        return False
    places: list[str] = []
    for _, line in numbered[start:]:
        # (every paragraph from the first item to the end is a short item of its own: a run of places followed by
        # undated prose is one story's lead and its reports; second review of round 29d)
        match = _dateline(line.text)
        place = (match.group("place") or "").strip() if match is not None else ""
        if match is None or not place.isupper() or match.group("publisher") or match.group("agency") or (
                match.group("date") or _ITEM_LABEL.fullmatch(place) or place.casefold() in places):
            return False
        report = re.sub(r"[“\"«„][^“”\"«»„]*[”\"»“]", " ", line.text[match.end():])
        words = _WORD.findall(line.text[match.end():])
        if not 10 <= len(words) <= 100 or _FIRST_PERSON.search(report):
            return False
        places.append(place.casefold())
    return len(places) >= 3


def _content(layout: Layout, lines: list[Line], kinds: list[str | None], blank: list[bool]) -> None:
    """Content paragraphs (non-blank lines that are not chrome) with their roles."""
    numbered = [(i, _trimmed(line)) for i, line in enumerate(lines) if not blank[i] and kinds[i] is None]
    dateline_at = None
    # A press review's items open alike, each with another outlet and its country in brackets, then a full stop
    # ("The Kessel Standard (Кессель). «...»", "Tarn Post (Линдмарк). «...»"): labels of the items, not a dateline
    # (a wire story has one dateline, "TARN (Nordwire) - "; a wire roundup's repeat the same agency).
    openings = [m for _, line in numbered if (m := _dateline(line.text)) is not None]
    items = {m.group("publisher").strip() for m in openings if m.group("publisher") and m.group("sep") == "."}
    roundup = _news_in_brief(numbered)
    for index, (i, line) in enumerate(numbered[:8]):
        if i == layout.title_line:
            continue
        match = _dateline(line.text)
        if match and len(items) > 1 and match.group("publisher") and match.group("sep") == ".":
            continue
        if match:
            dateline_at = index
            place = (match.group("place") or "").strip()
            agency_after_place = re.fullmatch(r"(?P<place>[^.]+)\.\s+(?P<caps>[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,})?)",
                                              place)
            if agency_after_place and not match.group("publisher") and not match.group("agency"):
                # "ASTRELL. KESPRESS – ": the place, a full stop, the agency in capitals
                place = agency_after_place.group("place")
            if place and " " in place and (match.group("publisher") or "").strip() == _initials(place):
                # "Ostrava Media (OM) - ": the words before the brackets are the outlet its initials spell, no place
                # (a regional site's slug, fresh39/f3919)
                place = ""
            if place and not roundup:  # "Oct 7 (Reuters) - ": a dateline with no place
                layout.dateline = place.title() if place.isupper() else place
            named = match.group("publisher") or match.group("agency") or match.group("caps")
            if agency_after_place and not named:
                named = agency_after_place.group("caps")
            if not named and match.group("sep") != ".":
                # "КЕССЕЛЬ, 2 фев — РИА Новости. ...": the agency right after the dash, ending with a full stop
                # (in quotation marks too: "ВАЛЬМОНТ, 6 октября – «Варния Сегодня». ...")
                after = re.match(r"[«\"“„]?(?P<pub>[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*){0,2})[»\"”“]?\.\s",
                                 line.text[match.end():])
                named = after.group("pub") if after else None
                if after and after.group(0)[0] in "«\"“„":
                    layout.agency_span = (line.start + match.end(), line.start + match.end() + len(after.group(0)) - 2)
            credit = _CORRESPONDENT_CREDIT.fullmatch(match.group("agency").strip()) if match.group("agency") else None
            if credit is not None:
                # "/Корр. «Варнинформа» Ирина Лаптева/": the agency's correspondent, the agency in marks (declined);
                # the page's own header prints its name as the page spells it ("ВАРНИНФОРМ"), a masthead's words
                # too when the credit shortens it to its first ("ВЕСТНИК КЕССЕЛЯ" for «Вестника»)
                named = credit.group("outlet").strip()
                tops = [t.text.strip() for t in lines if t.text.strip()][:3]
                named = next((part.strip() for top in tops for part in re.split(r"\s*[|·•]\s*|\s{2,}", top)
                              if (" " not in part.strip() or part.isupper() or _is_masthead_line(part))
                              and " " not in named and len(part) >= 4
                              and _same_start(part.split()[0].casefold(), named.casefold())), named)
            layout.publisher = named.strip() if named else None
            when = match.group("date") or match.group("when")
            if when:
                reading = parse_date(when, line.start + match.start("date" if match.group("date") else "when"))
                if reading is not None:
                    layout.dateline_date = reading
                else:
                    layout.dateline_day = month_day(when)
            break
    longer = [n for n in (layout.byline_publisher, layout.copyright_publisher, layout.top_name) if n]
    if layout.publisher and layout.publisher.isupper() and longer:
        # "(AP)" in the dateline, "Associated Press" in the byline or the copyright line: the full name
        for name in longer:
            initials = "".join(w[0] for w in re.sub(r"^The\s+", "", name).split() if w[0].isupper())
            every = "".join(w[0] for w in re.sub(r"^The\s+", "", name).split()).upper()
            # "(AP)" for Associated Press; "ИНТЕРВАРН" in capitals for Интерварн; "(КИА)" for Кессельское
            # информационное агентство
            if layout.publisher in (initials, every) or name.upper() == layout.publisher:
                layout.publisher = name
                break
    if layout.publisher and " " not in layout.publisher.strip() and not layout.publisher.isupper():
        # "(Meridian)" in the dateline, "Copyright 2027 Meridian News Service" at the foot: the page's own full name,
        # its first word the short one
        layout.publisher = next((n for n in longer if n.split()[0] == layout.publisher.strip() and " " in n),
                                layout.publisher)
    if layout.publisher and layout.publisher.isupper() and len(layout.publisher) > 4:
        layout.publisher = layout.publisher.title()  # "KESPRESS": the agency's name, set in capitals
    found = _REPORTER.search("\n".join(line.text for line in lines))
    if found:
        layout.reporter = (found.group("name") or found.group("ru") or found.group("pub") or "").strip() or None
    if layout.masthead_publisher and _is_breadcrumb_item(layout.masthead_publisher, lines):
        # "Home / News from the Assembly" over "News from the Assembly": the heading repeats the trail's last item, so
        # it names a section of the site, never its publisher
        layout.masthead_publisher = None
    layout.publisher = (layout.publisher or layout.byline_publisher or layout.copyright_publisher
                        or layout.masthead_publisher)
    for index, (i, line) in enumerate(numbered):
        if i == layout.title_line:
            role = "title"
        elif i in layout.standfirst_lines or (dateline_at is not None and index < dateline_at and (

            layout.title_line is None or i > layout.title_line
        )):
            role = "standfirst"
        else:
            role = "body"
        layout.paragraphs.append(Paragraph(line.start, line.end, line.text, role))


def _squeezed(text: str) -> str:
    """A name's transliterated skeleton without spaces or punctuation ("Кессель-Медиа" -> "keselmedia")."""
    return re.sub(r"[^a-z0-9]", "", skeleton(text))


def _host_labels(url: str | None) -> list[str]:
    """The labels of a URL's host but its last (the top-level domain) and a leading www/m/en/ru:
    "https://assembly.lm.example/..." gives ["assembly", "lm"]; [] without a URL."""
    host = _url_host(url)
    return [label for label in host.split(".")[:-1] if label] if "." in host else []


def _initials(name: str) -> str:
    """The capital initials a name is shortened to, its joining words left out ("Kessel News Agency" -> "KNA",
    "Министерство иностранных дел" -> "МИД", "Ostrava Institute for Security Studies" -> "OISS")."""
    return "".join(w[0] for w in _WORD.findall(re.sub(r"^(?:The|the)\s+", "", name))
                   if w.lower() not in _FUNCTION_WORDS and w.lower() != "for").upper()


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` (one word of two to six letters, any case: "SONA", "Лина", "Sbc") is the abbreviation a page
    makes of the name `full`: its letters taken in order as the starts of the name's words, the first and the last
    word each giving at least its first letter, a joining word and at most one other word giving none ("SONA" for
    "Sorvian State News Agency", "LINA" for "Lindmark News Agency", "ЛИНА" for "Линдмаркское новостное агентство",
    "SBC" for "Sorvian Broadcasting Corporation"). A name of one word abbreviates nothing."""
    letters = short.upper()
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", letters):
        return False
    words = [w.upper() for w in _WORD.findall(re.sub(r"^(?:The|the)\s+", "", full))]
    if len(words) < 2 or len(words) > 7:
        return False

    def match(i: int, j: int, skipped: bool) -> bool:
        if i == len(letters):
            return j == len(words)
        if j == len(words):
            return False
        word = words[j]
        for k in range(min(len(word), len(letters) - i), 0, -1):  # this word gives its first k letters
            if word[:k] == letters[i:i + k] and match(i + k, j + 1, skipped):
                return True
        # a word giving none: never the first or the last; a joining word freely, one other word once
        if 0 < j < len(words) - 1:
            if word.lower() in _FUNCTION_WORDS or word.lower() == "for":
                return match(i, j + 1, skipped)
            if not skipped:
                return match(i, j + 1, True)
        return False

    return match(0, 0, False)


def _printed_full_form(short: str, text: str, headline: str | None = None) -> str | None:
    """The page's own full form of an abbreviated publisher (`short`, as `_abbreviates` reads it), once per page:
    a part of its first three lines ("SONA — Sorvian State News Agency", "LINA" over "Lindmark News Agency") other
    than a part of the page's `headline` (whose words may start with the same letters: "Varnia and Norway agree"
    under "VANA"), else a name printed before the abbreviation in brackets anywhere ("© Lindmark News Agency (LINA),
    2026"), the shortest such run of words. None when the page prints no such name."""
    if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", short.upper()):
        return None
    in_headline = _header_parts(headline, 1) if headline else []
    for part in _header_parts(text, 3):
        if part.upper() != short.upper() and part not in in_headline and _abbreviates(short, part):
            return part
    for m in re.finditer(r"((?:[^\W\d_][\w-]*\s+){1,7})\(" + re.escape(short.upper()) + r"\)", text):
        words = m.group(1).split()
        for k in range(len(words) - 2, -1, -1):
            candidate = " ".join(words[k:])
            if candidate[0].isupper() and _abbreviates(short, candidate):
                return candidate
    return None


def host_spells(name: str, url: str | None, whole_only: bool = False) -> bool:
    """Whether the URL's host spells a publisher's name: the whole name ("nordcast24" for "Nordcast 24", "kesel-media"
    transliterated for "Кессель-Медиа"), its initials ("kna" for "Kessel News Agency", "oiss"), one of its words
    of four letters or more as a whole label or hyphenated part ("assembly.lm" for "Lindmark Assembly",
    "brennholm-institute" for "Brennholm Institute for Maritime Security"), or its last two words or more run together
    ("northernsecurity" for "Institute for Northern Security"); `whole_only`: the whole name or its
    initials only."""
    labels = _host_labels(url)
    if not labels or not name.strip():
        return False
    bare = re.sub(r"^(?:The|the)\s+", "", name.strip())
    whole, initials = _squeezed(bare), _initials(bare).lower()
    words = {w for w in skeleton(bare).split() if len(w) >= 4}
    spelt = [_squeezed(w) for w in _WORD.findall(bare)]
    runs = {"".join(spelt[i:]) for i in range(len(spelt) - 1)}  # (its last words: "ORB News" names no "Desk")
    if _squeezed(".".join(labels)) == whole or (bare != name.strip() and any(
            _squeezed(label) == _squeezed(name) for label in labels)):
        return True  # "Хальвик.инфо" at halvik.info; "The Bay Letter" at thebayletter, its "The" spelt too
    for label in labels:
        parts = [_squeezed(p) for p in label.split("-") if p]
        # (the initials against the label as spelt: a skeleton merges doubled letters, "oiss" -> "ois")
        if len(label) >= 2 and (_squeezed(label) == whole or re.sub(r"[^a-z0-9]", "", label) == initials):
            return True
        if not whole_only and any(p in words for p in parts):
            return True
        if not whole_only and any(p in runs for p in parts):
            return True  # "northernsecurity" for "Institute for Northern Security": its last words run together
        if len(parts) > 1 and len(whole) >= 6 and whole in parts:
            return True  # "baywatch-notes" for "Bay Watch": the whole name as one hyphenated part of the label
    return False


def _header_names(text: str, count: int | None = 2) -> list[str]:
    """The names the page's first `count` lines (all for None) print: each part of a line split at its
    separators ("BAYLINE RADIO ▶ Listen live" gives "Bayline Radio"), an acronym's name ("KNA Kessel News
    Agency" gives "Kessel News Agency"), a name without its bracketed initials ("Ostrava Institute for Security
    Studies (OISS)"); capitals as a name is capitalised. Only parts shaped as names (no sentence, every word
    capitalised but joining ones), never a byline's ("Meridian Staff")."""
    names: list[str] = []
    top = _without_translation_bar([line.strip() for line in text.splitlines() if line.strip()])[:count]
    for line in top:
        for part in re.split(r"\s*[|·•▶►]\s*|\s{2,}|\s+[—–]\s+", line):
            part = _FREQUENCY.sub("", re.sub(r"\s*\([A-ZА-ЯЁ]{2,8}\)$", "", part.strip()))  # (not "97.4": a frequency)
            acronym = re.fullmatch(r"(?P<short>[A-ZА-ЯЁ]{2,6})\s+(?P<name>[A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){1,5})", part)
            if acronym and _initials(acronym.group("name")) == acronym.group("short"):
                part = acronym.group("name")
            if not part or _NOT_PUBLISHER.search(part) or not (_is_masthead_line(part) or _INSTITUTION.fullmatch(part)):
                continue
            if part.isupper() and len(part) > 4 and "." not in part:
                part = re.sub(r"\b(Of|The|For|And)\b(?!$)", lambda m: m.group(1).lower(), part.title())
                part = re.sub(r"^the\b", "The", part)
            names.append(part)
    return names


def page_names(text: str, publisher: str | None) -> list[str]:
    """The page's own names: its publisher, and the names of two words or more its first three lines print (a
    masthead, an outlet's name in quotation marks after its kind, "Газета «Северный вестник»"), each once."""
    names = [publisher] if publisher else []
    names += [n for n in _header_names(text, 3) if len(_WORD.findall(n)) >= 2]  # (one word may be a menu's item)
    names += [m.group("name").strip() for part in _header_parts(text, 3) if (m := _KIND_NAMED.fullmatch(part))]
    return list(dict.fromkeys(n for n in names if n.strip()))


def names_the_page(quoted: str, names: list[str]) -> bool:
    """Whether a capitalised quotation is one of the page's own `names` (`page_names`) in any case: word for word,
    each word with the name's start but at most its last two letters (a Russian name declined: «Северному
    вестнику», «Харлского еженедельника» for "Северный вестник", "Харлский еженедельник"), or the name's initials
    («СВ»). A quotation of other words, or in lower case, is not."""
    said = quoted.strip(" .,;:!?…")
    if not said[:1].isupper():
        return False
    said_words = [w.casefold() for w in _WORD.findall(said)]
    for name in names:
        bare = re.sub(r"^(?:The|the)\s+", "", name.strip())
        name_words = [w.casefold() for w in _WORD.findall(bare)]
        if len(name_words) >= 2 and re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", said) and _initials(bare) == said:
            return True
        if not name_words or len(name_words) != len(said_words):
            continue
        if all(_same_start(a, b) for a, b in zip(said_words, name_words, strict=True)):
            return True
    return False


def _same_start(a: str, b: str) -> bool:
    """Two forms of one word: they share a start of three letters or more that is all of the shorter but at most its
    last two letters ("вестнику", "вестник"; "северному", "северный")."""
    shorter = min(len(a), len(b))
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return common >= min(3, shorter) and common >= shorter - 2


def _header_parts(text: str, count: int = 2) -> list[str]:
    """Every part of the page's first `count` lines split at their separators, of any shape but a sentence (no
    final stop, six words at most) or a prompt: what the host or an acronym may name when no masthead-shaped name
    does."""
    parts = []
    for line in _without_translation_bar([line.strip() for line in text.splitlines() if line.strip()])[:count]:
        for part in re.split(r"\s*[|·•▶►]\s*|\s{2,}|\s+[—–]\s+", line):
            part = part.strip()
            if part and len(part.split()) <= 6 and not part.endswith((".", "!", "?", ":")) and (
                    not _NOT_PUBLISHER.search(part)):
                parts.append(part)
    return parts


def _short_form(short: str, full: str) -> bool:
    """Whether a page's short name stands for its full one: the full name with a leading "The" or more words after
    ("Halvik Evening Post", "Meridian" for "Meridian Press"), its initials ("KNA" for "Kessel News Agency"), or
    initials for its first words ("МИД Республики Варния" for "Министерство иностранных дел Республики Варния")."""
    if short == full:
        return False
    short_words = skeleton(re.sub(r"^(?:The|the)\s+", "", short)).split()
    full_words = skeleton(re.sub(r"^(?:The|the)\s+", "", full)).split()
    if short_words and full_words[:len(short_words)] == short_words:
        return True
    head, _, rest = short.partition(" ")
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", head) and len(rest.split()) == 1 and rest[:1].isupper() and _initials(
            full) == head and len(full.split()) == len(head):
        return True  # "LBC News" over "Lindmark Broadcasting Corporation": the brand is the name's initials and a word
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", head):
        found = full.split()
        for k in range(len(head), len(found) + 1):
            lead, tail = " ".join(found[:k]), " ".join(found[k:])
            if _initials(lead) == head and skeleton(tail) == skeleton(rest):
                return True
    return False


def settle_publisher(found: str | None, text: str, url: str | None, headline: str | None = None) -> str | None:
    """`_settled_publisher`, else the name an organisation's own site prints on its first line over its menu
    (`_own_site_name`); without the section's word the URL's host sets apart (`_without_host_section`: "Radio Varnia
    Podcasts" at podcasts.radiovarnia); an abbreviation it gives ("SONA", "LINA", "ЛИНА", "SBC") spelt out as the
    page's own full form when the page prints one (`_printed_full_form`; never the page's `headline`): a publisher is
    cited by its name, not its initials."""
    settled = _settled_publisher(found, text, url) or _own_site_name(text, headline, url)
    top_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if settled is not None and fold(settled) == fold(top_line):
        # only the site's name on the page's top line, never a dateline's, a byline's or a copyright line's
        # publisher ("BRENN (Kessel Business Wire) —" at wire.kesselbusiness; review of round 29d)
        settled = _without_host_section(settled, url) or settled
    if settled is not None and " " not in settled.strip():
        return (_printed_full_form(settled.strip(), text, headline) or _brand_spelt_out(settled.strip(), text, headline)
                or settled)
    return settled


_RU_PROPER_NAME = re.compile(r"[А-ЯЁ][а-яё-]+(?:\s+[а-яёА-ЯЁ][а-яё-]+){1,5}")
"""A Russian body's name as Russian writes it, its first word alone capitalised ("Сорвийское государственное
информационное агентство"): a name, when its first word starts as the page's brand does (`_brand_spelt_out`)."""
_RU_KIND_NOUN = re.compile(r"(?<![а-яё])(?:агентство|газета|журнал|издание|радио|телеканал|портал|телерадиокомпания"
                           r"|информагентство)(?![а-яё])", re.IGNORECASE)
"""The noun naming an outlet's kind in its Russian full name ("... информационное агентство")."""


def _brand_spelt_out(brand: str, text: str, headline: str | None = None) -> str | None:
    """The page's own longer name under its one-word brand: the brand is a part of the page's first three lines
    and another part there is a name (every word capitalised but joining ones, or the name an outlet's kind
    introduces in quotation marks, or a Russian name with its first word alone capitalised) whose first word starts as
    the brand does, four letters or more ("VARNPRESS" over "Varnian State News Agency"; "СОРВА" over "Сорвийское
    государственное информационное агентство"; "ИНФОКС" over "Информационное агентство «Инфокс-Линдмарк»", the name
    in the marks), never a part of the page's `headline` ("Varnian President Opens Summit" under "VARNPRESS"). None
    when the page prints no such name."""
    parts = _header_parts(text, 3)
    if not any(part.casefold() == brand.casefold() for part in parts):
        return None
    in_headline = _header_parts(headline, 1) if headline else []
    # (a Russian name in sentence case only as a line of its own naming the outlet's kind: a menu's section that
    # starts as the brand does, "ЛИНДА | Главная | Линдмарк сегодня", names no outlet)
    whole_lines = {line.strip() for line in text.splitlines()[:12] if line.strip()}
    for part in parts:
        if part in in_headline:
            continue
        kind_named = _KIND_NAMED.fullmatch(part)
        name = kind_named.group("name").strip() if kind_named else part
        first = re.split(r"[\s-]+", re.sub(r"^(?:The|the)\s+", "", name))[0].casefold()
        if name.casefold() == brand.casefold() or not (
                kind_named or _is_masthead_line(name) or (_RU_PROPER_NAME.fullmatch(name) and name in whole_lines
                                                          and _RU_KIND_NOUN.search(name))):
            continue
        common = next((k for k, (a, b) in enumerate(zip(first, brand.casefold(), strict=False)) if a != b),
                      min(len(first), len(brand)))
        if common >= 4 and len(name) > len(brand):
            return name
    return None


_FROM_LINE = re.compile(r"From:[ \t]*(?P<who>[^\n<>@:]{3,160}?)[ \t]*")
"""A portal page's line naming the body it is from ("From: Ministry of Transport and Ida Fennick"), never an e-mail's
sender (an address in angle brackets or with "@")."""
_FROM_PARTS = re.compile(r",\s+|\s+and\s+")
"""Where the parts of a "From:" line's value meet: a body's name and a minister named beside it ("... and Ida
Fennick", ", Minister of Defence"), but also a body's own "and" or comma ("Ministry of Trade and Industry",
"Department for Environment, Food and Rural Affairs")."""
_FROM_TITLE = re.compile(r"(?:the\s+)?(?:(?:Deputy|Vice|Prime|Junior|Chief)\s+)?(?:Minister|Secretary|Spokesperson"
                         r"|Spokesman|Spokeswoman|Commissioner|Director|Chair|President|MP|MSP|MEP)\b.*"
                         r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:MP|MSP|MEP|KC|QC)")
"""A part of a "From:" line that is a post, or a person with one ("Minister of Defence", "Anna Berg MP")."""
_FROM_PERSON_WORD = re.compile(r"(?<![\w'’])(?:Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Commissioner"
                               r"|Director|Chair|Chairman|Chairwoman|President|MP|MSP|MEP|KC|QC|Rt|Hon|Honourable|Lord"
                               r"|Lady|Baroness|Baron|Dame|Sir|Dr|Mr|Mrs|Ms|Professor|Prof)(?![\w'’])")
"""A post's or an honorific's word anywhere in a part of a "From:" line ("Transport Minister Ida Fennick", "The Rt
Hon Ida Fennick MP"): with no body's word (`_FROM_BODY_SIGN`) the part names a person, never the body (second
review of round 29d)."""
_FROM_BODY_SIGN = re.compile(r"(?<![^\W\d_])(?:office|treasury|cabinet|service|guard|police|court|tribunal|board"
                             r"|mission|command|forces)(?![^\W\d_])", re.IGNORECASE)
"""A body's word a "From:" line's part may carry beside `_ORG_SIGN`'s ("Prime Minister's Office", "HM Treasury",
"Coast Guard Agency"): read only there, so a site's first line is judged as before."""
_FROM_META = re.compile(r"(?:Published|Last updated|Updated|Posted|Опубликовано|Обновлено)\b", re.IGNORECASE)
"""The page's own date line, beside which a portal prints its "From:" line ("Published 12 October 2027")."""
_LETTER_FIELD = re.compile(r"(?:To|Cc|Bcc|Subject|Sent|Date|Кому|Тема|Отправлено)\s*:", re.IGNORECASE)
"""A letter's field: a "From:" line beside one is an e-mail's or a letter's sender, not the page's body."""


def _from_part_is_person(part: str, rest: str) -> bool:
    """Whether a part of a "From:" line is a person: two or three capitalised words with no organisation's word
    (`_ORG_SIGN`), the page printing the same name elsewhere after a word that is not a joining one ("Transport
    Minister Ida Fennick said"; never "... and Rural Affairs" inside the body's own name)."""
    if not _BARE_NAME.fullmatch(part) or _ORG_SIGN.search(part):
        return False
    return bool(re.search(r"(?<![\w'’])(?<!\band )(?<!, )(?<!\bof )(?<!\bfor )" + re.escape(part) + r"(?![\w'’])",
                          rest))


def _from_part_is_body(part: str) -> bool:
    """Whether a part of a "From:" line carries a body's word (`_ORG_SIGN`, `_FROM_BODY_SIGN`: "HM Treasury")."""
    return bool(_ORG_SIGN.search(part) or _FROM_BODY_SIGN.search(part))


def _from_part_has_post(part: str) -> bool:
    """Whether a part of a "From:" line is a person named with a post or an honorific (`_FROM_PERSON_WORD`) and no
    body's word: "Transport Minister Ida Fennick", "The Rt Hon Ida Fennick MP", never "Prime Minister's Office"."""
    return bool(_FROM_PERSON_WORD.search(part)) and not _from_part_is_body(part)


def _printed_whole(name: str, rest: str) -> bool:
    """Whether `rest` prints `name` whole, no word character touching it ("the Ministry of Harbours announced")."""
    return bool(re.search(r"(?<![\w'’])" + re.escape(name) + r"(?![\w'’])", rest))


def _from_line_body(text: str) -> str | None:
    """The body a portal page's "From:" line names: the line among the page's first 40 lines, within two lines of the
    page's own date line (`_FROM_META`) and with no letter's field beside it (`_LETTER_FIELD`: an e-mail or a letter
    quoted in the body has "To:" or "Subject:"). Its value is the body's whole name; only a part that is a person
    named beside the body (`_from_part_is_person`, or a name beside a body's name the page prints whole) or a post
    (`_FROM_TITLE`) is cut off its end ("Ministry of
    Transport" of "Ministry of Transport and Ida Fennick"), a person listed first is passed over ("Greta Holm and
    Ministry of Harbours"). None (the portal's own name stands) without such a line, without a body's word in what is
    left, or when a part left looks like a person's name the page does not confirm ("Department of Health and
    Social Care and Greta Holm": which part is whose is not clear) (review of round 29d)."""
    lines = text.splitlines()[:40]
    for k, line in enumerate(lines):
        found = _FROM_LINE.fullmatch(line.strip())
        if found is None:
            continue
        near = [t.strip() for t in lines[max(0, k - 3):k] + lines[k + 1:k + 4] if t.strip()]
        if any(_LETTER_FIELD.match(t) for t in near) or not any(_FROM_META.match(t) for t in near[:4]):
            continue
        who = found.group("who").strip()
        rest = "\n".join([*lines[:k], "", *text.splitlines()[k + 1:]])
        parts = _FROM_PARTS.split(who)
        seps = _FROM_PARTS.findall(who)
        while len(parts) > 1 and (_FROM_TITLE.fullmatch(parts[-1]) or _from_part_is_person(parts[-1], rest) or (
                _from_part_has_post(parts[-1])) or (
                _BARE_NAME.fullmatch(parts[-1]) and not _ORG_SIGN.search(parts[-1]) and _printed_whole(
                    parts[0] + "".join(sep + part for sep, part in zip(seps[:-1], parts[1:-1], strict=True)), rest))):
            # (a person's name the page prints elsewhere, or one beside a body's name the page prints whole: "the
            # Ministry of Harbours announced" for "From: Ministry of Harbours and Greta Holm")
            parts, seps = parts[:-1], seps[:-1]
        while len(parts) > 1 and not _from_part_is_body(parts[0]) and _BARE_NAME.fullmatch(parts[0]):
            parts, seps = parts[1:], seps[1:]
        body = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))
        if not _ORG_SIGN.search(parts[0]) or _FROM_TITLE.fullmatch(parts[0]) or any(
                _BARE_NAME.fullmatch(part) and not _from_part_is_body(part) for part in parts[1:]):
            return None
        if any(_from_part_has_post(part) for part in parts) or sum(map(_from_part_is_body, parts)) > 1:
            # (a person left inside the body, or two bodies named: which one publishes is not clear, the portal's
            # own name stands, as before round 29; second review of round 29d)
            return None
        return body.strip()
    return None


def _settled_publisher(found: str | None, text: str, url: str | None) -> str | None:
    """The publisher by the page's own names and its URL's host: a page that names none elsewhere is published by
    the name on its first lines when the host spells it ("Lindmark Assembly" at assembly.lm.example), or a name on a
    line of its own that the host spells whole ("The Vessby Herald" at vessbyherald.example); a site named
    as its domain ("GOV.LM" at gov.lm) by the body named under it; a short form ("KNA", "Meridian", "МИД Республики
    Варния", "Halvik Evening Post") by the full name the masthead prints ("Kessel News Agency", "Meridian Press",
    "The Halvik Evening Post"); a longer form ("ORB News Desk") by the masthead's name when the host spells it.
    `found` as it is when none of these applies."""
    names = _header_names(text)
    host = _url_host(url)
    domain = next((n for n in names if "." in host and _squeezed(n) == re.sub(r"[^a-z0-9]", "", host)), None)
    if domain is not None and (found is None or found == domain):
        after = names[names.index(domain) + 1:]  # "GOV.TL" at www.gov.tl: the site's name, the body's under it
        return after[0] if after else (_from_line_body(text) or domain)
    if found is None:
        # the first lines' name the host spells; else a name the host spells whole on a line of its own or first on
        # its line, anywhere ("THE VESSBY HERALD" under a cookie banner, "Sellin Post — independent news ..."); else
        # a first line's part of any shape the host spells whole ("Хальвик.инфо — новости города" at halvik.info)
        chosen = next((n for n in names if host_spells(n, url)), None)
        if chosen is not None:
            # "LISA" over "Lindmark Institute for Strategic Affairs": the page's own full form of its initials
            return next((n for n in names if _short_form(chosen, n) and len(n) > len(chosen)), chosen)
        spelt_whole = next(
            (n for n in _header_names(text, None) if host_spells(n, url, whole_only=True)), None) or next(
            (n for n in _header_parts(text) if host_spells(n, url, whole_only=True)), None)
        if spelt_whole is not None and "." in spelt_whole:
            # a portal named as its domain under a cookie banner ("GOV.VARNIA" at gov.varnia.example) only hosts the
            # page: the body its "From:" line names publishes it (fresh28/f2810)
            return _from_line_body(text) or spelt_whole
        return spelt_whole
    # the masthead may stand under a cookie banner: a name the host spells whole, anywhere, counts as a first line's
    spelt = [n for n in _header_names(text, None) if n not in names and host_spells(n, url, whole_only=True)]
    # an acronym found ("/ВАН/") gives way to a first line whose initials it is, whatever its shape ("Варнийское
    # агентство новостей": the page's own full name)
    spelt += [n for n in _header_parts(text) if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", found) and _initials(n) == found]
    for name in names + spelt:
        if name != found and name.casefold() == found.casefold() and not found.isupper() and " " in found.strip():
            # "СЕВЕРНАЯ ЛИНИЯ" over "© ИА «Северная линия», 2027": the masthead in capitals, the footer's spelling
            # in ordinary case is the page's own (fresh24/f2414); an acronym ("VANA") keeps its capitals
            return found
        if _short_form(found, name):
            return name
        if _short_form(name, found) and host_spells(name, url) and not host_spells(found, url):
            return name
        if _same_brand(name, found) and host_spells(name, url, whole_only=True) and not host_spells(
                found, url, whole_only=True):
            # "NBX News" on the masthead, "© 2027 NBX Universal Media" at the foot (fresh27/f2701): the brand's
            # company holds the copyright; the publication is the brand's name the masthead and the host spell
            return name
    return found


_ORG_WORD = re.compile(r"[\w'’.-]+")
"""A word of an organisation's name, its apostrophe and hyphen kept ("Fishermen's", "Кессель-Медиа")."""
_SITE_JOINING = {"of", "the", "and", "for", "on", "in", "at", "de", "и", "по", "при", "в", "на", "для", "с", "за"}
"""The lower-case words inside an organisation's name ("Institute for ...", "Союз ... в ...")."""


def _is_own_name_shape(name: str) -> bool:
    """Whether `name` is shaped as an organisation's name: two to ten words, no sentence end nor clause mark, either
    every word capitalised but joining ones ("Northern Lines Institute", "Oskeby Fishermen's Cooperative") or, as
    Russian writes a body's name, its first word capitalised and another one after it, a proper name the body is
    named after ("Национальная ассамблея Алдмарка", "Профсоюз авиадиспетчеров Варнии"); never a label of a list or
    the site's furniture ("Latest News", "Sign in")."""
    words = _ORG_WORD.findall(name)
    if not 2 <= len(words) <= 10 or _SENTENCE_END.search(name) or re.search(r"[,:;\"“«„!?]", name) or (
            _LIST_LABEL.fullmatch(name) or _FURNITURE.fullmatch(name.lower()) or _NOT_PUBLISHER.search(name)):
        return False
    if all(w[:1].isupper() or w.lower() in _SITE_JOINING for w in words) and words[0][:1].isupper():
        return True
    return bool(re.match(r"[А-ЯЁ]", words[0])) and all(re.fullmatch(r"[А-ЯЁа-яё-]+", w) for w in words) and any(
        w[:1].isupper() for w in words[1:])


_ORG_SIGN = re.compile(
    r"(?<![^\W\d_])(?:institute|institution|cooperative|co-operative|union|chamber|trust|association|society"
    r"|foundation|federation|agency|ministry|department|authority|council|commission|committee|assembly|parliament"
    r"|senate|government|embassy|consulate|forum|centre|center|academy|university|college|bureau|league|alliance"
    r"|corporation|company|guild|fund|party|directorate|secretariat|inspectorate"
    r"|институт|кооператив|союз|профсоюз|палата|ассоциация|общество|фонд|федерация|агентство|министерство"
    r"|ведомство|управление|администрация|совет|комиссия|комитет|ассамблея|парламент|сенат|правительство|посольство"
    r"|консульство|форум|центр|академия|университет|колледж|лига|альянс|корпорация|компания|гильдия|партия"
    r"|объединение|движение)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A word naming an organisation's kind ("Northern Lines Institute", "Oskeby Fishermen's Cooperative", "Профсоюз
авиадиспетчеров Варнии"): the sign that a site's first line names its owner, not a person, a section or a label."""
_OFFICIAL_SITE = re.compile(r"(?:the\s+)?official\s+(?:web\s*)?site|официальный\s+(?:сайт|портал|интернет-портал)",
                            re.IGNORECASE)
"""The line under an owner's name on its site saying so ("Президент Сорвийской Республики" / «Официальный сайт»)."""
_RIGHTS_LINE = re.compile(r"©|\(c\)|copyright|all rights reserved|все права защищены", re.IGNORECASE)
"""A copyright line's mark ("© 2027 ...", "Первый Варнийский, 2026. Все права защищены.")."""


_RU_EVENING_PAPER = re.compile(r"(?:Вечерн|Утренн)(?:ий|яя|ее|ие)\s+[А-ЯЁ][а-яё-]+")
"""A Russian city paper's name, the time of day before its city ("Вечерний Тарнвик", «Вечерняя Брена»; dev d888):
a publication's sign, as "Evening" is only beside a masthead's word in English ("Brenn Evening Post")."""


def _is_share_bar(text: str) -> bool:
    """A bar of share buttons ("Share  Tweet  Email  Print"): every item a sharing action (`_SHARE`), not a menu."""
    items = [p for p in re.split(r"\s*[|/·•]\s*|\s{2,}", text.strip()) if p]
    return bool(items) and all(_SHARE.fullmatch(p) for p in items)


def _is_coordinated_label(name: str) -> bool:
    """A section's label of two topics joined by "and"/"и" ("Politics and Society", "Science and Technology",
    «Политика и общество»), never an organisation's name on its own."""
    return bool(re.fullmatch(r"[^\W\d_]+\s+(?:and|&|и)\s+[^\W\d_]+", name.strip(), re.IGNORECASE))


_RU_PAST_VERB = re.compile(r"[а-яё]+(?:ил|ила|или|ал|ала|али|ял|яла|яли|ел|ела|ели)", re.IGNORECASE)
"""A Russian word shaped as a verb in the past ("утвердил", «открыла»): a headline's, never a body's name's."""


_GENERIC_MODIFIERS = {"local", "central", "regional", "national", "federal", "public", "general", "world", "global",
                      "international", "foreign", "state", "city"}
"""Words that set no body apart ("Local Government", "World Council"): with a body's word alone, a section's label."""


def _is_headline_of_a_body(name: str) -> bool:
    """A line with a body's word that names no body: a headline in Title Case whose subject is a body ("Council Opens
    New Quay", «Совет утвердил бюджет»: in English the body's word neither ends the name nor stands before a joining
    word, "Council of ...", "Institute for ..."; in Russian a word is a verb in the past), or a section's label of a
    body's word and words that set no body apart ("Local Government")."""
    words = _ORG_WORD.findall(name)
    if any(_RU_PAST_VERB.fullmatch(w) for w in words):
        return True
    if not re.search(r"[A-Za-z]", name):
        return False
    if all(_ORG_SIGN.fullmatch(w) or w.lower() in _SITE_JOINING or w.lower() in _GENERIC_MODIFIERS for w in words):
        return True  # "Local Government", "Central Committee": a section's label, no body's own name
    for k, word in enumerate(words):
        if _ORG_SIGN.fullmatch(word) and (k == len(words) - 1 or words[k + 1].lower() in _SITE_JOINING):
            return False
    return True


def _names_an_organisation(name: str, text: str, top: list[str], url: str | None) -> bool:
    """Whether a site's first line `name` carries an organisation's sign (review of round 29d): a word naming an
    organisation's kind (`_ORG_SIGN`; not in a label of two topics, "Politics and Society"), the URL's host spelling
    it, a Russian city paper's name (`_RU_EVENING_PAPER`), an "Official site" line under it (`_OFFICIAL_SITE`), or
    the page printing it again in its copyright line (`_RIGHTS_LINE`: "Первый Варнийский, 2026. Все права
    защищены.") or in quotation marks, as Russian names a publication («Открытый Харл»). A reporter's name ("Lena
    Ortis"), a section ("Middle East", "Climate Crisis"), a consent, edition or social label ("Cookie Settings", "UK
    Edition", "Follow Us") or another item's headline ("Ferry Strike Ends") carries none."""
    if _ORG_SIGN.search(name) and not _is_coordinated_label(name) and not _is_headline_of_a_body(name):
        return True
    if _RU_EVENING_PAPER.fullmatch(name):
        return True
    if url and host_spells(name, url):
        return True
    if any(_OFFICIAL_SITE.fullmatch(t) for t in top[1:3]):
        return True
    quoted = re.compile(r"[«\"“„]" + re.escape(name) + r"[»\"”“]", re.IGNORECASE)
    folded = fold(name)
    return any(quoted.search(line) or (_RIGHTS_LINE.search(line) and folded in fold(line))
               for line in text.strip().splitlines()[1:])


def _own_site_name(text: str, headline: str | None = None, url: str | None = None) -> str | None:
    """The name an organisation's own site prints alone on its first line, right over the site's menu (within the
    next three lines: "Oskeby Fishermen's Cooperative" over "Home  About the Cooperative  Members  News"; "Профсоюз
    авиадиспетчеров Варнии" over a member bar and «О нас  Новости  Контакты»): the site's owner publishes what it
    prints, whatever its kind (an institute, a cooperative, a union, a chamber; fresh28/f2805, f2808, f2815, f2819).
    A line of an acronym and the name it spells ("ПВ  Первый варнийский") gives the name; capitals are set in a
    name's case. The name must carry an organisation's sign (`_names_an_organisation`), and a bar of share buttons
    is no menu (`_is_share_bar`): a reporter's name, a section's label or a consent line over a menu is no publisher
    (review of round 29d). None when the first line is anything else (the headline, a sentence, a menu, a section's
    label, a cookie banner) or no menu stands under it. Reads the page's first lines only."""
    top: list[str] = []
    for line in text.splitlines():
        if line.strip():
            top.append(line.strip())
            if len(top) >= 8:
                break
    top = _without_translation_bar(top)[:4]
    if len(top) < 2 or not any(_is_menu(t) and not _is_share_bar(t) for t in top[1:]) or _is_menu(top[0]):
        return None
    parts = [p for p in re.split(r"\s{2,}|\s*[|·•]\s*", top[0]) if p]
    name = parts[0] if len(parts) == 1 else None
    initials = False
    if len(parts) == 2 and re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", parts[0]) and _initials(
            " ".join(w.capitalize() for w in parts[1].split())) == parts[0]:
        name, initials = parts[1], True  # "ПВ  Первый варнийский": the initials beside the name they spell
    if name is None or (headline and fold(name) == fold(headline)) or not (
            _is_own_name_shape(name) or (initials and len(_WORD.findall(name)) >= 2)):
        return None
    if not initials and not _names_an_organisation(name, text, top, url):
        return None
    if name.isupper() and len(name) > 4 and "." not in name:
        name = re.sub(r"(?<=\s)(Of|The|For|And)\b(?!$)", lambda m: m.group(1).lower(), name.title())
    return name


_PRODUCT_SECTION = re.compile(
    r"podcasts?|blogs?|videos?|play|shop|store|events|jobs|careers|learning|music|games|sounds|audio|live"
    r"|подкасты|блоги?|видео|магазин|афиша|вакансии|игры|музыка",
    re.IGNORECASE,
)
"""A site's product or section a host may set apart as a label of its own ("podcasts.radiovarnia", "shop.",
"blog."): never a masthead's word ("Daily", "News", "Wire", "Network" belong to the name)."""


def _without_host_section(name: str, url: str | None) -> str | None:
    """A site's name made of its owner's name and its section's word, when the URL's host sets the two apart: the
    section's word a label of its own in front, the owner's name another label spelt whole ("Radio Varnia Podcasts"
    at podcasts.radiovarnia.example gives "Radio Varnia", the broadcaster publishing its podcast site; fresh28/f2812).
    None when the name is of fewer than three words or the host does not set its last word apart so."""
    words = name.split()
    labels = _host_labels(url)
    if len(words) < 3 or len(labels) < 2:
        return None
    section, owner = _squeezed(words[-1]), " ".join(words[:-1])
    if not _PRODUCT_SECTION.fullmatch(words[-1]) or _MASTHEAD.fullmatch(words[-1]):
        return None  # "Tarn Business Daily" at daily.tarnbusiness: a masthead's word is part of the name
    if section in labels[:-1] and any(label != section and _squeezed(label) == _squeezed(owner) for label in labels):
        return owner
    return None


def _same_brand(name: str, other: str) -> bool:
    """Two names of two words or more that open with the same brand word ("NBX News", "NBX Universal Media") and
    differ after it, `other` a company's (`_COMPANY_WORDS` after the brand); a leading "The" and joining words are no
    brand."""
    a, b = _WORD.findall(name), _WORD.findall(other)
    return (len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[0][:1].isupper()
            and a[0].casefold() not in ("the", "of", "and", "for") and skeleton(name) != skeleton(other)
            and any(w.casefold() in _COMPANY_WORDS for w in b[1:]))


_COMPANY_WORDS = frozenset(("media", "group", "broadcasting", "universal", "holdings", "holding", "communications",
                            "corporation", "corp", "ltd", "inc", "llc", "plc", "gmbh", "company", "co", "enterprises",
                            "networks", "ventures"))
"""The words after a brand that make a name a company's ("NBX Universal Media", "Selka Today Media Ltd"), never a
publication's kind ("Selka Press", "Selka Wire Service": a wire or an agency sharing the masthead's place word is a
publisher of its own; review of round 28b, F7)."""

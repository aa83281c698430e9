"""Issue 14, round 21b: the source record, the chrome and the missed quotes of `fresh20/` (its lines in
fresh20.scored.txt) and the same kinds in `fresh6/` to `fresh18/`: each rule on a page of the shape it was written for,
and beside it ordinary text on which it must not fire."""

from __future__ import annotations

from alliance_monitor.ingest.chrome import _kind_of
from alliance_monitor.ingest.dates import parse_date, parse_day, propose_date, url_date
from tests.ingest.drafting import EN, RU, draft, speaker_names, speakers

BODY = ("BRENNA — The city council on Wednesday postponed its vote on a new port levy until an audit of the harbour "
        "board's accounts is finished.\n\n\"Nobody will pay a levy they cannot trace,\" council leader Hedda Varg "
        "said.\n")


def _quotes(page: str, url: str | None = None) -> list[str]:
    return [q.text for q in draft(page, url).quotes if not q.is_term]


def _title(page: str, url: str | None = None) -> str | None:
    d = draft(page, url)
    return d.layout.title.text if d.layout.title else None


# --- a gallery's captions -----------------------------------------------------------------------------------------

GALLERY = ("BRENNA EVENING POST\nHome  News  Pictures\n\nIn pictures: the last winter crossing\n\n1 of 3\nThe ferry "
           "leaves Brenna quay in falling snow. Picture: Ida Marsk / Brenna Evening Post\n\n2 of 3\nA deckhand, Jonas "
           "Eklid, checks the lines. “Thirty winters on this boat, and she never let us down,” he said. Picture: Ida "
           "Marsk / Brenna Evening Post\n\n3 of 3\nIslanders wait on the pier. “We will have a new boat in the spring,"
           "” said harbour master Elin Sund. Picture: Tor Lund / Brenna Evening Post\n\nMore galleries\n")


def test_a_gallerys_captions_under_its_counters_are_text_and_their_credits_furniture() -> None:
    # fresh20/f2013, fresh18/f1813 (d370): every caption ended in a credit and was taken for furniture
    d = draft(GALLERY)
    assert [q.text for q in d.quotes if not q.is_term] == [
        "Thirty winters on this boat, and she never let us down,", "We will have a new boat in the spring,"]
    assert speakers(d) == [["Jonas Eklid"], ["Elin Sund"]]
    chrome = [c.text for c in d.layout.chrome]
    assert "Picture: Ida Marsk / Brenna Evening Post" in chrome and "1 of 3" in chrome
    assert all("Picture:" not in p.text for p in d.layout.paragraphs)


def test_a_caption_under_an_articles_picture_stays_furniture() -> None:
    # ordinary page: one caption, no counters of a series (nor counters of two totals): the caption is furniture
    caption = "Ferry crews at Brenna quay. “We stay,” one said. Photo: Ida Marsk / Brenna Evening Post"
    page = EN + caption + "\n\n" + BODY
    assert "We stay," not in _quotes(page)
    mixed = EN + "1 of 3\n" + caption + "\n\n2 of 5\n" + caption + "\n\n" + BODY
    assert "We stay," not in _quotes(mixed)


# --- split quotes ---------------------------------------------------------------------------------------------------

def test_a_split_quote_with_a_long_attribution_is_two_pieces_and_their_speaker_is_named_between_the_dashes() -> None:
    # fresh20/f2016 (d371), fresh8/f822, fresh9/f923, fresh18/f1818: a name in marks, a participle clause, a question
    page = RU + ("«Треть — это много, — пояснил „Вестнику“ сотрудник администрации, попросивший не называть его имени. "
                 "— Мы считали три месяца».\n\n«Мы не против ремонта, — сказал, выходя из зала, капитан парома Нильс "
                 "Орм. — Мы против того, чтобы узнавать последними».\n\n«Кто будет платить? — спросила директор Агата "
                 "Велль. — Опять пассажиры».\n")
    d = draft(page)
    assert [q.text for q in d.quotes if not q.is_term] == [
        "Треть — это много", "Мы считали три месяца", "Мы не против ремонта",
        "Мы против того, чтобы узнавать последними", "Кто будет платить?", "Опять пассажиры"]
    assert speakers(d) == [[], [], ["Нильс Орм"], ["Нильс Орм"], ["Агата Велль"], ["Агата Велль"]]


def test_a_dash_inside_a_quote_or_a_role_between_the_dashes_splits_nothing_else() -> None:
    # ordinary text: a dash inside the words said, no verb of saying after it: one quote; "— говорит эксперт. —" names
    # the political scientist of the sentence before, for both pieces
    page = RU + "Глава совета Ола Берг сказал: «Ремонт — это не роскошь, а необходимость»."
    assert _quotes(page) == ["Ремонт — это не роскошь, а необходимость"]
    page = RU + ("Политолог Карл Ведин считает итог половинчатым. «Совет выиграл голосование, но проиграл спор, — "
                 "говорит эксперт. — Спор вернется весной».\n")
    d = draft(page)
    assert speakers(d) == [["Карл Ведин"], ["Карл Ведин"]]


# --- a live blog ------------------------------------------------------------------------------------------------

LIVE = ("THE SELBY COURIER\n\nLIVE\nHarbour council votes on the winter timetable – as it happened\n\nUpdated 21 "
        "January 2027, 17:40 CET\nBy Mira Holt\n\nKey events\n16:55  Council approves the timetable\n14:20  Mayor "
        "Aune: \"No island will be cut off\"\n\n17:40\nThat's all from us\nWe are closing this live page now. Thank "
        "you for following the vote with us today.\n\n14:20\nAune: 'cut off'\n\"No island will be cut off, whatever "
        "the weather does,\" Aune told the chamber.\n")


def test_a_live_blogs_key_events_and_entry_headings_are_furniture() -> None:
    # fresh20/f2011, fresh18/f1811, fresh7/f706, fresh6/f604 (d372)
    d = draft(LIVE)
    assert [q.text for q in d.quotes] == ["No island will be cut off, whatever the weather does,"]
    chrome = " ".join(c.text for c in d.layout.chrome)
    assert "Key events" in chrome and "Aune: 'cut off'" in chrome and "That's all from us" in chrome
    assert _kind_of("17:40") == "other" and _kind_of("16.47 CET") == "other"


def test_a_time_in_a_sentence_or_one_stamp_over_a_headline_is_the_articles() -> None:
    # ordinary pages: a timeline of sentences is text; one time over the headline leaves the headline
    page = EN + "09:15  The ferry left Brenna on time.\n10:40  It reached the island an hour late.\n\n" + BODY
    assert any(p.text.startswith("09:15") for p in draft(page).layout.paragraphs)
    page = "14:22\nHarbour council delays the port levy vote\n\n" + BODY
    assert _title(page) == "Harbour council delays the port levy vote"


# --- a newsletter --------------------------------------------------------------------------------------------------

NEWSLETTER = ("From: Harbour Wire Evening Edition <evening@harbourwire.example>\nSubject: Selby's bridge and a quiet "
              "budget\n\nHARBOUR WIRE\nEVENING EDITION\nThursday 14 January 2027\n\nGood evening. Selby has a date for "
              "its bridge, and the budget passed without a fight.\n\nTHE EVENING READ\n→ “The island that wanted a "
              "bridge”: a long read in The Coastal Review\n\"How a small port learned to love its ferries\" (Brenna "
              "Weekly)\n\nAND FINALLY\nBoard chair Ingrid Falk told us: \"June means June, not the autumn.\"\n")


def test_an_emails_sender_line_and_a_reading_lists_links_are_furniture() -> None:
    # fresh20/f2012, fresh8/f811 (d373)
    url = "https://harbourwire.example/newsletters/evening-edition/2027-01-14"
    d = draft(NEWSLETTER, url)
    assert d.layout.title is not None and d.layout.title.text == "Selby's bridge and a quiet budget"
    assert [q.text for q in d.quotes if not q.is_term] == ["June means June, not the autumn."]
    assert _kind_of("From: Harbour Wire <evening@harbourwire.example>") == "other"


def test_a_sender_without_an_address_and_a_quote_of_the_day_stay() -> None:
    # ordinary lines: "From: our correspondent in Tarn" is no mail header; a quotation that ends its sentence, its
    # source in brackets, is a quote, not a link
    assert _kind_of("From: our correspondent in Tarn") is None
    page = EN + "QUOTE OF THE DAY\n\"We will not pretend not to see.\" (Sorvian Foreign Ministry)\n\n" + BODY
    assert "We will not pretend not to see." in _quotes(page)


# --- names in marks -------------------------------------------------------------------------------------------------

def test_a_title_case_name_in_marks_after_a_noun_a_possessive_or_opening_its_line_is_no_quote() -> None:
    # fresh20/f2008 (d374), fresh9/f904, fresh6/f602, fresh11/f1210, fresh12/f1207
    page = EN + ("Stene said the ship would sail \"before the ice is thickest,\" a date islanders took to mean the "
                 "trials known as \"Operation Cold Start,\" planned for the outer islands.\n\nAuthor Vera Haug, whose "
                 "history \"Boats Against the Ice\" came out last year, was not sure.\n\n\"Boats Against the Ice\" is "
                 "on sale at the library.\n")
    assert _quotes(page) == ["before the ice is thickest,"]


def test_speech_in_marks_after_a_verb_or_a_colon_stays_a_quote() -> None:
    # ordinary text: capitalised words said, after "said" or a colon, or before ", X said"
    page = EN + "\"Kessel First,\" Lund said.\n\nThe crowd chanted: \"Ferries Not Frigates!\"\n"
    assert _quotes(page) == ["Kessel First,", "Ferries Not Frigates!"]
    page = EN + "The ministry's message \"we will not move the ship\" was clear, Lund said.\n"
    assert _quotes(page) == ["we will not move the ship"]


def test_a_companys_name_after_its_initials_is_no_quote_and_words_after_initials_are() -> None:
    # fresh18/f1817 (d375): «Тарн Капитал» after ИК; ordinary text: lower-case words after initials are said
    page = RU + ("Аналитик ИК «Бренна Инвест» Олаф Сеттер считает, что совет уступит. «Порту нужны паромы», — говорит "
                 "он.\n")
    assert _quotes(page) == ["Порту нужны паромы"]
    page = RU + "В МИД «не видят оснований для пересмотра» решения, сказал Олаф Сеттер.\n"
    assert _quotes(page) == ["не видят оснований для пересмотра"]


# --- publishers, titles ---------------------------------------------------------------------------------------------

def test_a_press_releases_label_is_never_its_publisher() -> None:
    # fresh20/f2005 (d376)
    page = ("SELBY MINISTRY OF TRANSPORT\nRegional Government of Selby\n\nPress release\n14 January 2027\n\nWinter "
            "ferry subsidy extended\n\nSELBY CITY, 14 January 2027 – The Ministry of Transport will extend its ferry "
            "subsidy to the outer islands, Minister Arne Vik announced.\n")
    d = draft(page)
    assert d.document["source"]["publisher"] == "Selby Ministry of Transport"
    assert _kind_of("Press release") == "other"


def test_a_sentence_about_a_press_release_is_the_articles() -> None:
    # ordinary text: the words "press release" in a sentence
    line = "The press release said the subsidy would cost three million crowns."
    assert _kind_of(line) is None
    assert any(p.text == line for p in draft(EN + line + "\n").layout.paragraphs)


CHANNEL = ("Бренна | Порт и город\n8 215 подписчиков\n\nПереслано из: Паромный вестник\n🔴Совет порта отложил "
           "повышение сборов\n\nСовет порта Бренны в четверг согласился перенести повышение сборов для паромов на "
           "осень.\n\nПредседатель совета Хельга Норд сказала: «Мы услышали паромщиков»\n\n👁 6,1K  18:05\n")


def test_a_channels_name_over_its_audience_publishes_the_post_and_the_post_has_its_headline() -> None:
    # fresh20/f2020, fresh18/f1820, fresh6/f619 (d377): the name was the title (the URL's handle shares its words)
    d = draft(CHANNEL, "https://t.me/brenna_port/2044")
    assert d.document["source"]["publisher"] == "Бренна | Порт и город"
    assert d.layout.title is not None and d.layout.title.text == "Совет порта отложил повышение сборов"
    assert _kind_of("Переслано из: Паромный вестник") == "other" and _kind_of("12,4K subscribers") is not None


def test_a_masthead_without_an_audience_and_a_sentence_about_subscribers_are_left_alone() -> None:
    # ordinary pages: a masthead over its menu is no channel; a sentence counting subscribers is text
    page = ("Бренна сегодня\nНовости | Город\n\nСовет порта отложил сборы\n\nАвтор: Анна Петрова\n\nУ канала порта "
            "8 215 подписчиков, и каждый второй из них пишет о сборах, сообщили в совете порта в четверг.\n")
    d = draft(page)
    assert d.layout.title is not None and d.layout.title.text == "Совет порта отложил сборы"
    assert _kind_of("У канала 8 215 подписчиков.") is None


def test_a_line_introducing_with_a_colon_is_no_headline_and_a_headline_with_a_colon_still_is() -> None:
    # fresh6/f619, fresh7/f719 (d378): the post's first line ends with a colon; ordinary: "Topic: words" headline
    page = ("Островной дозор\n21 904 подписчика\n\n⚡️Капитан порта Бренны Ларс Ведин — о льде в проливе:\n\n«Пролив "
            "встанет через неделю», — сказал Ведин.\n")
    assert _title(page) is None
    assert _title("Selby bridge: the opening date explained\n\n" + BODY) == "Selby bridge: the opening date explained"
    assert _title("2027: the year of the bridge\n\n" + BODY) == "2027: the year of the bridge"


# --- dates ----------------------------------------------------------------------------------------------------------

def test_a_date_line_without_its_year_takes_the_year_only_from_the_pages_evidence() -> None:
    # fresh20/f2010, f2020 (d379, d380)
    day = parse_day("13 January, 19:40 · 4 min read")
    assert day is not None and (day.month, day.day) == (1, 13)
    url_year = propose_date(None, [], [], "https://selbynow.example/politics/2027/levy", printed_day=day)
    assert (url_year.date, url_year.confidence) == ("2027-01-13", "medium")
    same_day = propose_date(None, [], [], "https://x.example/2027/01/13/levy", printed_day=day)
    assert (same_day.date, same_day.confidence) == ("2027-01-13", "high")
    related = parse_date("4 January 2027", 500)  # (a related link's date, lower on the page)
    assert related is not None
    other_line = propose_date(None, [related], [], "https://x.example/levy", printed_day=day)
    assert (other_line.date, other_line.confidence) == ("2027-01-13", "low")
    nothing = propose_date(None, [], [], "https://x.example/levy", printed_day=day)
    assert (nothing.date, nothing.confidence) == (None, "low")
    d = draft("Council rejects levy\n\n13 January, 19:40 · 4 min read\n\n" + BODY, "https://x.example/2027/levy")
    assert d.date.date == "2027-01-13" and d.document["source"]["printed_date"]["text"] == "13 January, 19:40"


def test_a_headline_or_a_sentence_naming_a_day_is_no_date_line() -> None:
    # ordinary lines: a day inside words, a full date (read as ever)
    assert parse_day("14 January: what we know about the levy") is None
    assert parse_day("On 3 May the minister visited Brenna.") is None
    assert parse_day("13 January 2027") is None and parse_date("13 January 2027") is not None
    d = draft("Ferry resumes on 3 May\n\n" + BODY)
    assert d.layout.title is not None and d.layout.title.text == "Ferry resumes on 3 May"


def test_a_url_with_the_months_name_carries_its_date() -> None:
    # fresh7/f706 (d381), fresh10/f1004
    assert url_date("https://meridian.example/world/live/2026/oct/30/summit-live") == "2026-10-30"
    assert url_date("https://kbr.example/programmes/transcript-lena-ortis-22-november-2026") == "2026-11-22"


def test_a_month_name_elsewhere_in_a_url_is_no_date() -> None:
    # ordinary addresses: a section named after a month, a day and month in the middle of a slug
    assert url_date("https://x.example/2026/may-day-parade/brenna") is None
    assert url_date("https://x.example/news/10-june-2026-ferry-strike-talks") is None


# --- a rank before a name -----------------------------------------------------------------------------------------

def test_a_sergeants_rank_is_no_part_of_the_name() -> None:
    # fresh20/f2013 (d370's kind): "Sergeant Aino Kask carries ... “...,” Kask said."
    d = draft(EN + "Sergeant Aino Kask carries a box into the store. “It is colder inside than outside,” Kask said.\n")
    assert speakers(d) == [["Aino Kask"]]


def test_an_unnamed_sergeant_names_no_one() -> None:
    # ordinary text: the sergeant unnamed is no person's name
    d = draft(EN + "“Hold the line,” the sergeant said.\n")
    assert all(name != "Sergeant" for q in d.quotes for name in speaker_names(d, q))

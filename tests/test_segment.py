from verify.segment import is_boilerplate, segment, sentence_spans


def _sents(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_offsets_point_into_original_text():
    text = "First claim here.  Second one follows!\nThird line?"
    for seg in segment(text):
        assert text[seg.start : seg.end].strip() == text[seg.start : seg.end]
    assert _sents(text) == ["First claim here.", "Second one follows!", "Third line?"]


def test_abbreviations_and_initials_do_not_split():
    text = "Gen. Kenneth F. McKenzie said the U.S. military left on Aug. 30. Mr. Smith agreed."
    assert _sents(text) == [
        "Gen. Kenneth F. McKenzie said the U.S. military left on Aug. 30.",
        "Mr. Smith agreed.",
    ]


def test_multi_sentence_quote_splits_and_records_quote_spans():
    text = '"We will not surrender. Our forces are ready," he said.'
    segs = segment(text)
    assert len(segs) == 2
    # the first sentence opens the quotation, the second continues it up to the close
    assert segs[1].quote_spans[0][0] == segs[1].start
    assert text[segs[1].quote_spans[0][0] : segs[1].quote_spans[0][1]] == "Our forces are ready,"


def test_datelines_are_stripped_with_agency():
    for line, agency, first in [
        ("KABUL, Sept 5 (ANI): The Taliban said the valley fell.", "ANI", "The"),
        ("New Delhi [India], August 29 (ANI): India evacuated 78 people.", "ANI", "India"),
        ("KABUL, Afghanistan (AP) — Insurgents entered the capital.", "AP", "Insurgents"),
        ("WASHINGTON — The United States has evacuated people.", None, "The"),
    ]:
        seg = segment(line)[0]
        assert seg.agency == agency
        assert line[seg.start :].startswith(first)


def test_boilerplate_lines():
    for line in [
        "(ANI)",
        "Also Read: Afghan Crisis: Around 1000 US citizens wait",
        "Read more: India evacuates officials",
        "Reporting by Charlotte Greenfield; Editing by Mark Heinrich",
        "Image caption: Crowds gathered outside the airport",
        "Subscribe to our newsletter for the latest updates.",
        "By John Smith",
    ]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("The Taliban said on Monday they had captured Panjshir.")


def test_credit_and_print_lines_are_boilerplate():
    for line in [
        "(With inputs from PTI)",
        "— With assistance from Sara Khan",
        "Source: Al Jazeera and news agencies",
        "A version of this article appears in print on Nov. 4, 2024, Section A, Page 8.",
        "Photo by Jane Doe",
        "Enditem",
    ]:
        assert is_boilerplate(line), line
    assert not is_boilerplate("Sources said the talks would resume on Monday.")


def test_published_in_line_is_not_a_dateline():
    text = "The dam burst on Monday.\nPublished in Dawn, May 15th, 2024"
    segs = segment(text)
    assert segs[-1].boilerplate and segs[-1].dateline is None
    assert text[segs[-1].start : segs[-1].end] == "Published in Dawn, May 15th, 2024"


def test_role_byline_is_boilerplate():
    segs = segment("Hannah Pryce, Health correspondent\nAli Khan, a reporter, said talks failed.")
    assert [s.boilerplate for s in segs] == [True, False]


def test_quote_carried_over_a_line_break_only_when_it_closes():
    text = '"We will not go.\nWe stay here," he said.\nThe "deal" is off.'
    segs = segment(text)
    assert segs[1].quote_spans and segs[1].quote_spans[0][0] == segs[1].start
    # a new paragraph that opens its own quote is not a continuation
    assert segs[2].quote_spans == [(text.index("deal"), text.index('" is'))]


def test_photo_and_copyright_lines_are_boilerplate():
    assert is_boilerplate("Photograph: Stefan Rousseau/PA")
    assert is_boilerplate("© 2024 AFP")
    assert not is_boilerplate("The photograph showed the minister at the border.")


def test_social_prompts_bare_datelines_and_credits_are_boilerplate():
    assert is_boilerplate("Follow News24 on X for the latest updates.")
    assert is_boilerplate("ISLAMABAD:")
    assert is_boilerplate("Translated by Ana Lúcia Ferraz")
    assert not is_boilerplate("Rabbani said:")
    assert not is_boilerplate("Edited by the board, the report said the rules were new.")


def test_dated_credit_lines_only_when_they_are_the_whole_line():
    assert is_boilerplate("Posted Tue 7 Jan 2025 at 5:12pm, updated Tue 7 Jan 2025 at 9:30pm")
    assert not is_boilerplate("Posted on Monday, the video has been viewed 2 million times.")
    assert not is_boilerplate(
        "This report was published by Amnesty International on Tuesday and says 300 people died."
    )


def test_desk_slugs_bureau_credits_and_image_captions():
    assert is_boilerplate("fg/jxb/ach")
    assert is_boilerplate("Bengaluru, DHNS")
    assert is_boilerplate("Image caption, A nurse prepares a dose of the vaccine")
    assert not is_boilerplate("Bengaluru, the city said, will build 12 new lakes.")


def test_more_credit_lines_and_corrections_are_boilerplate():
    from verify.segment import segment

    text = (
        "Tepic (Mexico), Jun 4 (EFE).-\n"
        "The count resumed on Tuesday.\n"
        "Le Monde with AFP\n"
        "– with reports from Jairo Dizon/Rappler.com\n"
        "Correction: An earlier version of this text stated that the filing was sent on Tuesday. It was sent on Wednesday.\n"
        "Officials said the count would end on Friday."
    )
    flags = [(text[s.start : s.end], s.boilerplate) for s in segment(text)]
    assert [b for _, b in flags] == [True, False, True, True, True, True, False]


def test_promos_and_captions_are_boilerplate():
    from verify.segment import is_boilerplate

    for line in (
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Watch Brentford's pre-season friendlies live on Sky Sports Premier League",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Support independent journalism in Ukraine by becoming a member of the Kyiv Independent.",
        "Send your story tips to our newsdesk via the contact page.",
        "Tiago Mendonça celebrates scoring for Sporting against Benfica",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Tiago Mendonça celebrates his goals, the coach said.")
    assert not is_boilerplate("Rescuers watched the river rise through the night.")


def test_a_caption_before_its_photo_credit_and_link_paragraphs_are_boilerplate():
    from verify.segment import segment

    text = (
        "Passengers leaving flight SN612 at Changi Airport on March 10. PHOTO: SHIN MIN DAILY NEWS\n"
        "Read more: Transfer Centre LIVE! Every deal and rumour as deadline day approaches\n"
        "Update 5/21/25: Added statement from a spokesperson.\n"
        "By Helen Marsh — November 18, 2025\n"
        "kdh@yna.co.kr\n"
        "The airline said the smoke came from a power bank."
    )
    flags = [s.boilerplate for s in segment(text)]
    assert flags == [True, True, True, True, True, True, True, False]


def test_ordinary_sentences_that_look_like_promos_or_captions_stay_claims():
    from verify.segment import is_boilerplate, segment

    for line in (
        "Becoming a member of Nato remains the goal, he said.",
        "The suspect, photographed by CCTV, fled on foot.",
        "The ministry is working with agencies.",
        "Support for independent journalism has fallen.",
        "Turnout rose to 61 per cent. (the first/second round)",
        "By late afternoon - two were dead, police said.",
    ):
        assert not is_boilerplate(line), line
    text = "Correction: An earlier version misdated the vote. It was on Monday. We regret the error.\nThe count resumed."
    assert [s.boilerplate for s in segment(text)] == [True, True, True, False]


def test_long_runs_of_punctuation_are_segmented():
    from verify.extract import analyse_article

    claims = analyse_article(
        "- " * 4000 + "\n" + "The man" + ", who ran" * 1000 + " said it rained."
    )
    assert (
        claims
    )  # finishes (quadratic regexes made this take tens of seconds) and yields sentences


def test_wire_notices_contact_lines_and_credits_are_boilerplate():
    from verify.segment import is_boilerplate

    for line in (
        "(Schluss) ag/cs",
        "dpa ks/mm",
        "Redistribution and redissemination of the contents of this service without consent is prohibited.",
        "Copyright © ANTARA 2025",
        "Reach reporter Luis Herrera at luis.herrera@arizonarepublic.com.",
        "Reporter: Rina Amelia; Editor: Anton Santoso",
        "Listen to Pacific Waves on RNZ Pacific, weekdays at 5pm.",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Listen to the people, the minister told parliament.")


def test_bylines_sign_offs_promos_and_credit_lines():
    for line in (
        "By Lena Hartwig and Tomás Okafor",
        "14th August 2025 By: Thandeka Mabuza",
        "Translator: Aditya Pratama",
        "Associated Press writer Sophie Bates contributed from Jackson, Mississippi.",
        "dpa ank yyzz n1 hh",
        "Enditem/ls",
        "mf/wd (dpa, Reuters)",
        "Related news: Heat wave drives up electricity demand",
        "This page will be updated as events unfold.",
        "This report by The Canadian Press was first published July 13, 2025.",
        "Support Times of Malta for the price of a coffee.",
        "Reach Jenna Alvarez at 843-937-5000.",
        "Get tennis news sent straight to your phone",
        "(Submitted by Priya Raman)",
    ):
        assert is_boilerplate(line), line
    text = (
        "Sipho Ndlovu\n"
        "Refuse has gone uncollected in Tshwane for a second week.\n"
        "The union said the city had signed the agreement.\n"
        "Talks resume on Monday.\n"
        "Marcus Leung City Hall Reporter"
    )
    flags = [s.boilerplate for s in segment(text)]
    assert flags == [True, False, False, False, True]


def test_reader_prompts_and_read_times():
    for line in (
        "Please contact us for subscription options.",
        "by Oksana Hrytsenko April 8, 2025 3:12 PM 2 min read",
        "You may also be interested in the news:",
        "If you notice an error, select it with the mouse and press Ctrl+Enter",
        "Main image credit: Straż Graniczna/X",
        "This article is available in French on Middle East Eye French edition.",
    ):
        assert is_boilerplate(line), line


def test_newsletter_and_disclosure_lines():
    for line in (
        "Go deeper: The AI chip funding boom meets reality",
        "KEYWORDS: courts, pollution, Mie Prefecture",
        "Flooded homes in Kisumu's Nyalenda estate in May 2024 | FILE PHOTO",
        "Translation of an original article published in French on lemonde.fr",
        "Click to subscribe to the Sky News Daily wherever you get your podcasts",
        "Disclosure: The Electric Reliability Council of Texas has been a financial supporter.",
    ):
        assert is_boilerplate(line), line


def test_published_stamp_with_a_spaced_colon():
    assert is_boilerplate("PUBLISHED : 12 Mar 2025 at 14:05")


def test_a_post_on_x_ends_a_sentence():
    spans = sentence_spans(
        "Mulindwa asked in a post on X. The Tanzanian government has not responded."
    )
    assert len(spans) == 2


def test_captions_with_a_position_or_a_leading_agency_credit():
    assert is_boilerplate(
        "Kumar, right, has visible scratches and abrasions to his face, after being beaten with sticks"
    )
    assert is_boilerplate("PA   Surprise find: Alan Titchmarsh found the fungi while filming")
    assert not is_boilerplate("Kumar, 34, has visible scratches, police said.")


def test_related_lines_and_positional_captions():
    assert is_boilerplate("Related roundup: Retina MacBook Air")
    assert is_boilerplate(
        "Comparison of 12-inch Retina MacBook Air (left) with current 11-inch MacBook Air (right)"
    )


def test_promos_licences_sign_offs_and_dated_bylines_are_boilerplate():
    text = (
        "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed.\n"
        "EFE jrm/lpn\n"
        "Don't miss these insights from CNBC PRO\n"
        "Edited by Nikhil Varghese.\n"
        "This story was originally featured on Fortune.com\n"
        "by Kgomotso Dintwe on 9 July 2024\n"
        "Help us keep reporting from the ground by becoming a member of the Kyiv Independent.\n"
        "This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 licence.\n"
        "Like others on YouTube, the channel makes money from adverts.\n"
        "Officials will follow the case on Facebook, the ministry said."
    )
    flags = [s.boilerplate for s in segment(text)]
    assert flags == [True] * 8 + [False, False]


def test_tip_lines_video_pointers_and_hat_tips_are_boilerplate_but_newsletters_in_a_claim_are_not():
    text = (
        "Got a tip?\n"
        "Scroll down for video\n"
        "[h/t Uproxx]\n"
        "This is a developing story.\n"
        "Want more celebrity news?\n"
        "Get Nieman Lab's daily email for more stories like this.\n"
        "Bloomberg's Mark Gurman wrote in his Sunday newsletter that he had heard nothing about the device."
    )
    assert [s.boilerplate for s in segment(text)] == [True] * 6 + [False]


def test_single_quotation_marks_when_a_paragraph_has_no_double_ones():
    text = (
        "Climate scientist Paola Ricciardelli told Euronews that such events were becoming 'the new normal'. "
        "'What used to be rare now happens every three years,' she said.\n"
        "The Killybegs Fishermen's Organisation said boats don't fish there."
    )
    segs = segment(text)
    assert len(segs) == 3
    assert [text[a:b] for a, b in segs[1].quote_spans] == [
        "What used to be rare now happens every three years,"
    ]
    assert segs[2].quote_spans == []


def test_no_contract_in_a_long_claim_is_not_a_subscription_promo():
    text = (
        "A witness told the court that the commissioner approved a transfer of N2.3 billion to a company that had "
        "no contract with the state government.\n"
        "Unlimited access. Cancel anytime, no contract."
    )
    assert [s.boilerplate for s in segment(text)] == [False, False, True]

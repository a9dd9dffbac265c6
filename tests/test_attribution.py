from verify.attribution import attribute
from verify.entities import outlet_family
from verify.segment import segment


def _att(text, outlet=None):
    segs = segment(text)
    return [(text[s.start : s.end], a) for s, a in zip(segs, attribute(text, segs, outlet=outlet))]


def test_pronoun_carry_and_standalone_text():
    text = (
        "Salahuddin Rabbani, the head of Jamiat Islami, warned the Taliban on Sunday.\n"
        "He added that the monopoly of power is a failed experience, reported The Khaama Press News Agency."
    )
    (_, a1), (_, a2) = _att(text, outlet="ANI")
    assert a2.speaker == "Salahuddin Rabbani"
    assert a2.cited_source == "Khaama Press"
    assert a2.standalone_text.startswith("Salahuddin Rabbani added that")
    # a trailing credit covers the same-speaker run before it
    assert a1.cited_source == "Khaama Press"


def test_quote_spanning_sentences_shares_speaker():
    text = (
        'Amrullah Saleh spoke on Thursday.\n"We will not surrender. Our forces are ready," he said.'
    )
    res = _att(text)
    assert [a.speaker for _, a in res] == ["Amrullah Saleh"] * 3
    assert res[1][1].standalone_text.startswith("Amrullah Saleh said:")


def test_according_to_and_outlet_reported():
    ((_, a),) = _att(
        "According to Massoud, the resistance is not limited to Panjshir, reported Tolo News."
    )
    assert a.speaker == "Massoud" or a.speaker_key == "massoud" or "Massoud" in a.speaker
    assert a.cited_source == "TOLOnews"


def test_nested_citing_and_told():
    ((_, a),) = _att("Mr. Ghani's whereabouts were unknown, Al Jazeera reported, citing Reuters.")
    assert a.speaker is None
    assert a.cited_source == "Al Jazeera"
    assert a.cited_chain == ["Al Jazeera", "Reuters"]
    ((_, b),) = _att("Ghani fled on Sunday, an official told AFP.")
    assert (b.speaker, b.cited_source) == ("official", "AFP")


def test_own_outlet_is_not_a_cited_source():
    ((_, a),) = _att(
        "Taliban fighters took the airport, a spokesman for the group told Reuters.",
        outlet="Reuters",
    )
    assert a.speaker == "spokesman"
    assert a.cited_source is None


def test_outlet_subject_without_reported_and_channel_anaphor():
    text = (
        "The Taliban on Tuesday announced an interim government, Tolo News said. "
        "Sirajuddin Haqqani will be interior minister, according to the channel."
    )
    (_, a1), (_, a2) = _att(text)
    assert a1.speaker is None and a1.cited_source == "TOLOnews"
    assert a2.cited_source == "TOLOnews"


def test_unattributed_background_stays_unattributed():
    ((_, a),) = _att("The geography has witnessed heavy conflict in the past four days.")
    assert a.speaker is None and a.cited_source is None


def test_quote_then_name_then_title_then_verb():
    text = '"The road is closed," Hamid Nazari, a spokesman for the highway police, told AFP.'
    [(_, a)] = _att(text, outlet="ANI")
    assert a.speaker == "Hamid Nazari"
    assert a.cited_source == "AFP"


def test_anonymous_source_with_relative_clause():
    text = (
        "An official, who declined to be named because he was not authorised to speak, "
        "told Reuters that the talks had stalled."
    )
    [(_, a)] = _att(text, outlet="ANI")
    assert a.speaker == "official"
    assert a.cited_source == "Reuters"


def test_outlet_with_descriptor_and_back_reference():
    text = (
        "Lahore, Feb 3 (IANS) Flights were suspended, the Karachi-based daily Dawn reported.\n"
        "The newspaper said fog had cut visibility to 50 metres.\n"
        "Airport manager Imran Sheikh told the daily that flights would resume on Friday."
    )
    atts = [a for _, a in _att(text)]
    assert [a.cited_source for a in atts] == ["Dawn", "Dawn", "Dawn"]
    assert atts[2].speaker == "Imran Sheikh"


def test_news_agency_descriptor_is_a_cited_source_not_a_speaker():
    text = "Opposition leader Meera Joshi said the vote was rigged, news agency PTI reported."
    [(_, a)] = _att(text, outlet="NDTV")
    assert a.speaker == "Meera Joshi"
    assert a.cited_source == "PTI"


def test_interview_with_and_comments_to_outlet():
    ((_, a),) = _att("In an interview with CNN on Sunday, she said the deal was dead.")
    assert a.cited_source == "CNN"
    ((_, b),) = _att("A Taliban spokesman denied the report in comments to Ariana News.")
    assert (
        b.cited_source == "Ariana News" and b.speaker == "Taliban spokesman"
    )  # the role as written, keyed to the body it speaks for
    assert b.speaker_key == "taliban"


def test_negated_subject_is_not_a_speaker():
    ((_, a),) = _att("No group has claimed responsibility for the blast.")
    assert a.speaker is None


def test_acronym_back_reference_uses_full_name():
    text = (
        "The World Food Programme (WFP) said aid had reached the valley.\n"
        "WFP said more trucks were waiting at the border."
    )
    atts = [a for _, a in _att(text)]
    assert atts[0].speaker == "World Food Programme"
    assert atts[1].speaker == "World Food Programme"
    assert atts[0].speaker_key == atts[1].speaker_key


def test_role_anaphor_finds_organisation_in_sentence():
    text = "Egypt signed a $3 billion loan with the World Bank, the lender said."
    [(_, a)] = _att(text)
    assert a.speaker == "World Bank"


def test_title_only_back_reference():
    text = (
        "Interior Minister Kamal Dorani told reporters the border would reopen.\n"
        '"We are ready," the minister said.'
    )
    atts = [a for _, a in _att(text)]
    assert atts[1].speaker == "Kamal Dorani"


def test_follow_on_quote_sentence_inherits_speaker():
    text = '"We will appeal," Dorani said. "This is not over."'
    atts = [a for _, a in _att(text)]
    assert atts[1].speaker == atts[0].speaker == "Dorani"


def test_transliteration_variants_share_the_first_speaker_key():
    text = (
        "Mohammad Karim Sultani told TOLOnews that the dam had burst.\n"
        "Muhammad Karim Sultani added that rescue teams were on the way."
    )
    atts = [a for _, a in _att(text, outlet="ANI")]
    assert atts[1].speaker_key == atts[0].speaker_key
    assert atts[1].cited_source == "TOLOnews"


def test_age_anaphor_and_family_name_first():
    text = (
        "Wang Jun, a trade analyst, said exports were strong.\n"
        "The 41-year-old added that imports lagged.\n"
        '"Demand is resilient," Wang said.'
    )
    atts = [a for _, a in _att(text)]
    assert atts[1].speaker == "Wang Jun"
    assert atts[2].speaker_key == atts[0].speaker_key


def test_new_statement_does_not_inherit_interview_outlet():
    text = (
        "Health Secretary Anna Reid told the BBC that waits were falling.\n"
        "In a statement released later, Reid said more clinics would open."
    )
    atts = [a for _, a in _att(text, outlet="The Guardian")]
    assert atts[0].cited_source == "BBC"
    assert atts[1].speaker == "Anna Reid" and atts[1].cited_source is None


def test_people_familiar_with_the_matter():
    text = "Bloomberg reported, citing people familiar with the matter, that talks had ended."
    [(_, a)] = _att(text, outlet="Reuters")
    assert a.speaker == "people familiar with the matter"
    assert a.cited_source == "Bloomberg"


def test_told_descriptor_before_outlet():
    ((_, a),) = _att("Karim Jalali told state broadcaster Geo News that the road had reopened.")
    assert a.speaker == "Karim Jalali"
    assert a.cited_source == "Geo News"


def test_told_outlet_programme_credits_outlet():
    ((_, a),) = _att(
        "The finance minister told the BBC's Newsnight programme that taxes would rise."
    )
    assert a.cited_source == "BBC"


def test_quantified_group_is_speaker():
    ((_, a),) = _att("A number of shopkeepers in Herat told reporters that prices had doubled.")
    assert a.speaker == "shopkeepers"


def test_role_with_apposed_name_prefers_name():
    ((_, a),) = _att("The retailer, Brightmart Stores, said it would close nine branches.")
    assert a.speaker_key == "brightmart stores"


def test_trailing_role_then_name_appositive():
    ((_, a),) = _att(
        "\u201cDemand has simply collapsed,\u201d the firm\u2019s finance director, Olu Basker, "
        "said on Monday."
    )
    assert a.speaker == "Olu Basker"


def test_person_of_state_drops_place():
    ((_, a),) = _att("Sen. Marla Ventner of Nevada said she would oppose the bill.")
    assert a.speaker == "Marla Ventner"


def test_full_institution_name_after_according_to():
    ((_, a),) = _att(
        "According to the Office for the Protection of Coastal Wetlands, 40 sites were drained."
    )
    assert a.speaker == "Office for the Protection of Coastal Wetlands"


def test_according_to_data_from_body():
    ((_, a),) = _att(
        "Car sales fell 3 percent, according to data from the Federation of Motor Dealers."
    )
    assert a.speaker == "Federation of Motor Dealers"


def test_described_is_reporting_verb():
    ((_, a),) = _att("Witnesses described chaotic scenes at the border crossing.")
    assert a.speaker.lower() == "witnesses"


def test_counted_plural_noun_is_not_reporting_verb():
    ((_, a),) = _att("Floods hit three states in the south, according to officials.")
    assert a.speaker == "officials"


def test_named_role_anaphor_needs_matching_name():
    text = (
        "The Coastal Liberation Front accused the army of shelling villages.\n"
        "The army said it had fired only at fighters."
    )
    (_, a1), (_, a2) = _att(text)
    assert a1.speaker == "Coastal Liberation Front"
    assert a2.speaker == "army"


def test_report_said_continues_relayed_outlet():
    text = (
        "Citing officials, Dawn said the price would rise by 10 rupees.\n"
        "The increase follows talks with lenders, the report added."
    )
    (_, a1), (_, a2) = _att(text, outlet="ANI")
    assert a1.cited_source == "Dawn"
    assert a2.cited_source == "Dawn"
    assert a2.speaker is None


def test_agency_without_news_agency_is_the_body():
    text = (
        "Nine farms were quarantined, the Food Standards Authority said.\n"
        "Eggs from the farms were recalled, according to the agency."
    )
    (_, a1), (_, a2) = _att(text, outlet="CNN")
    assert a2.speaker == a1.speaker == "Food Standards Authority"
    assert a2.cited_source is None


def test_title_acronym_resolves_to_holder():
    text = (
        "Station House Officer Tariq Mehmood Awan said two men were arrested.\n"
        "The men were moved to Rawalpindi, the SHO said."
    )
    (_, a1), (_, a2) = _att(text)
    assert a2.speaker == "Tariq Mehmood Awan"


def test_quote_broken_across_lines_keeps_its_speaker():
    text = (
        "Finance Minister Tariq Bajwa told a press conference that talks were in their final stage.\n"
        '"We have met almost all the prior actions.\n'
        'I am confident the agreement will be signed this month," the minister said.'
    )
    assert [a.speaker for _, a in _att(text, outlet="Dawn")] == ["Tariq Bajwa"] * 3


def test_title_synonym_and_late_attribution():
    text = (
        "Justice Rakesh Menon said authorities must follow due process. "
        '"Is this the way the State functions? You cannot send bulldozers," the judge remarked.'
    )
    assert [a.speaker for _, a in _att(text)] == ["Rakesh Menon"] * 3


def test_outlets_credited_without_reported():
    res = _att(
        "An IMF spokesperson, in an email to Reuters, said talks were continuing.\n"
        "Rescuers pulled a girl from the rubble, the state-run Anadolu Agency reported.\n"
        "The minister made the remarks in an interview carried by Xinhua.\n"
        "According to a report in the Kathmandu Post, 40 people died.\n"
        "The plan was first revealed by the Financial Times.\n"
        "The health secretary, Victoria Lane, told BBC Radio 4's Today programme the offer was fair.",
        outlet="AFP",
    )
    cited = [a.cited_source for _, a in res]
    # a named service is credited as such, and counts as its outlet for independence
    assert cited == [
        "Reuters",
        "Anadolu Agency",
        "Xinhua",
        "The Kathmandu Post",
        "Financial Times",
        "BBC Radio 4",
    ]
    assert outlet_family(cited[-1]) == "BBC"
    speakers = [a.speaker for _, a in res]
    assert speakers[1] is None  # the outlet is the source, not a speaker
    assert speakers[4] is None  # a passive verb has no speaker
    assert speakers[5] == "Victoria Lane"


def test_body_of_state_and_owned_data():
    res = _att(
        "The Ministry of Public Health of the Islamic Emirate said 1,200 cases were recorded.\n"
        "More than 70 athletes are serving bans, according to Athletics Integrity Unit data."
    )
    assert res[0][1].speaker == "Ministry of Public Health"
    assert res[1][1].speaker == "Athletics Integrity Unit"


def test_quoted_as_saying_by_an_outlet_and_the_title_holder():
    text = (
        "Prime Minister Shehbaz Sharif visited the wounded, Geo News reported. "
        '"The nation will never forget its martyrs," the prime minister was quoted as saying '
        "by the broadcaster."
    )
    res = _att(text, outlet="ANI")
    assert res[1][1].speaker == "Shehbaz Sharif"
    assert res[1][1].cited_source == "Geo News"


def test_unknown_outlet_by_shape_and_state_run_descriptor():
    res = _att(
        '"It is a mess out there," Pearson told WPBF-TV.\n'
        "The deputy governor, Abdul Qadir, told the state-run Bakhtar News Agency that 50 died.",
        outlet="AP",
    )
    assert res[0][1].cited_source == "WPBF-TV"
    assert res[1][1].cited_source == "Bakhtar"


def test_subject_after_as_clause_and_long_trailing_clause():
    res = _att(
        "As first revealed by the Financial Times, Treasury officials have estimated the cost.\n"
        "Pakistan carried out air strikes on Monday, killing eight people, the Taliban "
        "administration said, in a sharp escalation of tensions between the two neighbours.\n"
        '"We cannot go on like this," said Maria Delgado, 71, who rode out the storm at home '
        "with her two cats and a dog.",
        outlet="Reuters",
    )
    assert res[0][1].speaker == "treasury officials"
    assert res[0][1].cited_source == "Financial Times"
    assert "Taliban" in res[1][1].speaker
    assert res[2][1].speaker == "Maria Delgado"


def test_name_with_lowercase_particle_is_a_name():
    text = (
        "Ministry spokesman Ashraf al-Qudra said the generators would fail. "
        "“The situation is catastrophic. Teams work by phone light,” al-Qudra said."
    )
    assert [a.speaker for _, a in _att(text)] == ["Ashraf al-Qudra"] * 3


def test_body_anaphor_after_a_person_is_not_the_person():
    res = _att(
        "The India Meteorological Department (IMD) said the reading was a sensor error.\n"
        "“Patients arrived with high fevers,” Dr Ajay Chauhan told reporters.\n"
        "The monsoon is expected to reach Kerala by May 31, according to the weather office."
    )
    assert res[2][1].speaker == "India Meteorological Department"


def test_posted_is_a_reporting_verb_only_with_what_was_posted():
    res = _att(
        "Videos posted on social media showed dozens of bodies.\n"
        "The Taliban posted on Telegram that their fighters had taken the town."
    )
    assert res[0][1].speaker != "NAPLES"  # the dateline is not a speaker
    assert res[1][1].speaker is not None


def test_role_after_a_named_speaker_without_that_title():
    res = _att(
        "Labour would scrap the cap when finances allow, Rachel Reeves has said.\n"
        "The shadow chancellor said she could not commit to a timetable."
    )
    assert res[1][1].speaker == "Rachel Reeves"


def test_outlets_introduced_by_what_they_are():
    res = _att(
        "Civil Protection chief Fabrizio Curcio, speaking to state broadcaster RAI, said flights resumed.\n"
        "Saudi-owned Al Arabiya, citing an Egyptian source, reported that talks had stalled.\n"
        "Pakistan's Dawn newspaper, quoting health officials, said six cases were found.\n"
        "The victim, Marcus Bell, told 9News that he still suffers from headaches.",
        outlet="EFE",
    )
    assert [a.cited_source for _, a in res] == ["RAI", "Al Arabiya", "Dawn", "9News"]
    assert res[0][1].speaker == "Fabrizio Curcio"


def test_a_un_agency_is_not_a_news_agency():
    ((_, a),) = _att("According to the UN children's agency UNICEF, 40 percent are malnourished.")
    assert a.cited_source is None and a.speaker == "UNICEF"


def test_role_of_body_then_name_and_trailing_apposition():
    res = _att(
        "The spokesperson of the Kaduna State Police Command, Mansir Hassan, confirmed the attack.\n"
        '"The numbers speak for themselves," Paul Griffiths, chief executive of Dubai Airports, said.\n'
        '"Who is blocking the agreement?" he asked.'
    )
    assert res[0][1].speaker == "Mansir Hassan"
    assert res[1][1].speaker == "Paul Griffiths"
    assert res[2][1].speaker == "Paul Griffiths"


def test_unknown_outlets_that_report_or_cite_and_bodies_that_do_not():
    res = _att(
        "Some 40 flights were cancelled, Corriere della Sera reported.\n"
        "Novaya Gazeta Europe, citing an election official, said commissioners were told to refuse.\n"
        "Russian forces launched 42 drones overnight, the Ukrainian Air Force reported.\n"
        "A resident of Kandahar city, Abdul Wali, said he welcomed the drive.",
        outlet="ANSA",
    )
    cited = [a.cited_source for _, a in res]
    assert cited[:3] == ["Corriere della Sera", "Novaya Gazeta Europe", None]
    assert res[2][1].speaker == "Ukrainian Air Force"
    assert res[3][1].speaker == "Abdul Wali"


def test_outlets_the_table_does_not_know_where_an_outlet_is_expected():
    res = _att(
        "The officers' lawyers told the Philippine Daily Inquirer they would appeal.\n"
        "Milenio TV reported that he left the prison shortly after midnight.\n"
        "His remarks came a day after Sin Chew Daily reported that the minister had resigned.\n"
        "Queues of up to 200 cars formed at filling stations, Gazeta.uz wrote.\n"
        "“Google is a monopolist,” U.S. District Judge Amit Mehta wrote in his opinion.\n"
        "Two teachers told PREMIUM TIMES the school had no guards.",
        outlet="Premium Times",
    )
    cited = [a.cited_source for _, a in res]
    assert cited == [
        "Philippine Daily Inquirer",
        "Milenio",
        "Sin Chew Daily",
        "Gazeta.uz",
        None,
        None,
    ]
    assert res[1][1].speaker is None  # an outlet that reports is not a speaker
    assert res[4][1].speaker.endswith("Amit Mehta")


def test_a_person_told_by_name_is_not_an_outlet():
    ((_, a),) = _att("Trump told Marcus Bell that the deal was off.")
    assert a.cited_source is None


def test_leading_participles_times_and_adverbs():
    res = _att(
        "Speaking at a press conference in the capital, Haddad said the project would go ahead.\n"
        "Speaking to Newstalk on Tuesday morning, councillor Declan Moran described the plan as reckless.\n"
        "The Athletic first reported the club's interest in March.\n"
        "Earlier this month, BusinessDay quoted unnamed industry sources as saying prices would fall.\n"
        "Tuoi Tre newspaper, quoting an official, said the ban would start next year.\n"
        "The council's chief executive, Martin Doyle, warned that the pause could cost millions.\n"
        "The railway lost an estimated 100 million euros, officials said.",
        outlet="RTÉ",
    )
    assert res[0][1].speaker == "Haddad"
    assert res[1][1].cited_source == "Newstalk" and res[1][1].speaker.endswith("Declan Moran")
    assert res[2][1].cited_source == "The Athletic" and res[2][1].speaker is None
    assert res[3][1].cited_source == "BusinessDay"
    assert res[4][1].cited_source == "Tuoi Tre" and res[4][1].speaker == "official"
    assert res[5][1].speaker == "Martin Doyle"
    assert res[6][1].speaker == "officials"


def test_companies_countries_and_reasons_are_not_outlets():
    res = _att(
        "Tesla reported a loss in the third quarter.\n"
        "Hospitals in Gaza reported a surge in cases.\n"
        "Apple, citing weak demand in China, said sales fell.\n"
        "The central bank, citing inflation, said prices rose 5% in May.\n"
        "Toyota recalled 1.2 million cars over a brake fault.\n"
        "The Taliban ruled Afghanistan from 1996 to 2001.",
        outlet="Reuters",
    )
    assert [a.cited_source for _, a in res] == [None] * 6
    assert res[2][1].speaker == "Apple"
    assert res[3][1].speaker != "prices rose 5%"
    assert res[4][1].speaker is None and res[5][1].speaker is None


def test_a_title_synonym_never_replaces_the_real_holder():
    res = _att(
        "Finance Minister Christian Lindner said the budget was balanced.\n"
        "Chancellor Olaf Scholz said the coalition would hold.\n"
        "The minister said taxes would not rise."
    )
    assert res[2][1].speaker == "Christian Lindner"


def test_body_anaphor_skips_a_caption_between():
    res = _att(
        "The World Health Organization warned of a cholera outbreak.\n"
        "Dr Ahmed Khan, a surgeon in the city, said beds were full.\n"
        "Photo: Reuters\n"
        "The organisation said 40 people had died."
    )
    assert res[3][1].speaker == "World Health Organization"


def test_described_outlets_after_the_name_and_time_phrases_before_the_verb():
    res = _att(
        "Citing military sources, the Khartoum-based Al-Sudani newspaper said 40 died.\n"
        "The Nikkei business daily estimated that the recall would cost billions.\n"
        "One of them has fewer than 20,000 policies in force, the station said.\n"
        "The National Oceanic and Atmospheric Administration last month predicted 13 storms.\n"
        "Associate Professor Ng Kai Xin of the National University of Singapore told CNA the law was vague.\n"
        "More volunteers arrived in Townsville, the Courier-Mail reported.",
        outlet="AFP",
    )
    assert res[0][1].cited_source == "Al-Sudani"
    assert res[1][1].cited_source == "Nikkei" and res[1][1].speaker is None
    assert res[2][1].speaker is None
    assert res[3][1].speaker.endswith("Atmospheric Administration")  # not "month"
    assert res[4][1].speaker.endswith("Ng Kai Xin") and res[4][1].cited_source == "CNA"
    assert res[5][1].cited_source == "The Courier-Mail" and res[5][1].speaker is None


def test_outlets_as_subjects_of_ordinary_verbs_but_not_agencies_by_acronym():
    res = _att(
        "Agence France-Presse had earlier put the figure at 27, quoting local volunteers.\n"
        "Private broadcaster ITV Tanzania put the toll slightly higher, at 41.\n"
        "Radio Kwizera, a station based in Ngara, said fishermen had found two bodies.\n"
        "Tanzania's government-owned Daily News said the captain had been arrested.",
        outlet="Reuters",
    )
    cited = [a.cited_source for _, a in res]
    assert cited == ["AFP", "ITV Tanzania", "Radio Kwizera", "Daily News"]
    res = _att(
        "The WFP said 2 million people needed food aid.\n"
        "The Haqqani Network said it carried out the attack.",
        outlet="Reuters",
    )
    assert [a.cited_source for _, a in res] == [None, None]


def test_quote_running_into_the_next_paragraph_keeps_its_speaker():
    text = (
        'Prof Ella Gilbert, a climate scientist, said the figures were "worrying".\n'
        '"We are seeing the oceans shift into a new state. An extreme year is the norm.\n'
        '"Once that ice is gone, it takes decades to come back," she said.\n'
        "The data has not yet been peer reviewed."
    )
    speakers = [a.speaker for _, a in _att(text)]
    assert speakers[:4] == ["Ella Gilbert"] * 4
    assert speakers[4] is None  # a closed quotation does not run on


def test_leading_participle_and_setting_are_not_the_subject():
    (_, a1), (_, a2), (_, a3) = _att(
        "Appearing for the petitioners, senior advocate Prashant Bhushan argued that the law was void.\n"
        'Contacted by Le Monde, the company said it "does not comment on rumours".\n'
        "At the VivaTech trade fair last June, co-founder Arthur Mensch had insisted that it would stay.",
        outlet="Le Monde",
    )
    assert a1.speaker == "Prashant Bhushan"
    assert a2.speaker != "Contacted by Le Monde" and a2.cited_source is None  # its own reporter
    assert a3.speaker == "Arthur Mensch"


def test_the_coach_is_the_person_just_named_but_the_official_is_not():
    res = _att(
        "Carlo Ancelotti was asked about the injury at his press conference.\n"
        '"Is it a blow? Of course it is," the Italian coach said.\n'
        '"But we have players who can do that job."\n'
        "Kim Yung-ho, the minister, declined to comment.\n"
        '"The timing is hardly accidental," the official said.'
    )
    assert [a.speaker for _, a in res[1:4]] == ["Carlo Ancelotti"] * 3
    assert res[5][1].speaker == "official"


def test_sources_close_to_and_speech_verbs_with_that():
    (_, a1), (_, a2) = _att(
        "Sources close to the dressing room told this newspaper that the player felt pain.\n"
        "Health workers in Nyatike complained that they had not received chlorine tablets."
    )
    assert a1.speaker == "sources"
    assert a2.speaker is not None and a2.speaker.lower().endswith("workers")


def test_called_put_the_figure_and_forecast_are_attributions():
    res = _att(
        'Health Minister Uzoma Asagwara called the numbers "unacceptable" on Monday.\n'
        "The Interior Ministry put the figure at 107,000.\n"
        "The Kenya Meteorological Department has forecast more rain over the coming week.\n"
        "The Democratic Alliance called for an inquiry.\n"
        "Analysts polled by Reuters had forecast growth of 5 per cent."
    )
    assert res[0][1].speaker == "Uzoma Asagwara"
    assert res[1][1].speaker and res[1][1].speaker.endswith("Ministry")
    assert res[2][1].speaker == "Kenya Meteorological Department"
    assert res[3][1].speaker == "Democratic Alliance"
    assert res[4][1].speaker == "analysts" and res[4][1].cited_source == "Reuters"


def test_a_thing_before_a_reporting_verb_is_not_a_speaker():
    res = _att(
        "Eskom will implement stage 4 load shedding from 4pm, the utility said.\n"
        "His remarks came a day after Sin Chew Daily reported that the minister had resigned.\n"
        "The outcome of Sunday's election remained uncertain as both sides claimed victory."
    )
    assert res[0][1].speaker != "shedding"
    assert res[1][1].speaker is None and res[1][1].cited_source == "Sin Chew Daily"
    assert res[2][1].speaker in (None, "sides")


def test_told_a_described_outlet_and_the_magazine():
    res = _att(
        "Caixin reported that factories were moving.\n"
        "One executive told the magazine that his firm had moved 30 per cent of its production.\n"
        "The owner told French broadcaster France 3 that the painting was genuine.\n"
        "Karen Wengerd told Cleveland TV station WKYC that the child had died.\n"
        "He told TV Globo that the priority remained finding survivors."
    )
    assert [a.cited_source for _, a in res[1:]] == ["Caixin", "France 3", "WKYC", "TV Globo"]


def test_same_interview_keeps_the_outlet_and_writing_that_names_the_subject():
    res = _att(
        "Governor Tarcísio de Freitas told TV Globo that the toll would rise.\n"
        "Rescuers searched the hillside all night.\n"
        "In the same interview, he said federal troops had been requested.\n"
        "Economy Minister Luis Caputo celebrated the figure on social media, writing that inflation was beaten."
    )
    assert res[2][1].cited_source == "TV Globo"
    assert res[3][1].speaker == "Luis Caputo" and res[3][1].cited_source is None


def test_tally_kept_by_an_outlet_post_nominals_and_reached_by_telephone():
    res = _att(
        "The stabbing is the city's 31st homicide, according to a tally kept by the Winnipeg Free Press.\n"
        "Opening the case, Sarah Whitfield KC said the firm was designed to deceive.\n"
        '"There was almost no resistance," said a resident reached by telephone, who asked not to be named.'
    )
    assert res[0][1].cited_source == "Winnipeg Free Press" and res[0][1].speaker is None
    assert res[1][1].speaker == "Sarah Whitfield"
    assert res[2][1].speaker == "resident"


def test_claimed_with_a_clause_is_a_statement_but_claimed_responsibility_is_not():
    res = _att(
        'Russia\'s Defense Ministry claimed its forces had struck "military-industrial facilities", TASS reported.\n'
        "ISIS-K claimed responsibility, Amaq news agency said.\n"
        "Interviewed by France Inter, Élodie Garnier conceded that rural areas faced difficulties.\n"
        "BJP MLA S Raghu wrote on X that the app was a publicity stunt.\n"
        "German chemicals maker Velmar AG reported a 14% drop in quarterly profit."
    )
    assert res[0][1].speaker and res[0][1].speaker.endswith("Ministry")
    assert res[0][1].cited_source == "TASS"
    assert res[1][1].speaker is None and res[1][1].cited_source == "Amaq"
    assert res[2][1].cited_source == "France Inter"
    assert res[3][1].cited_source is None
    assert res[4][1].cited_source is None  # a company reporting results is not an outlet


def test_described_firms_and_a_subject_before_saying():
    res = _att(
        "Energy company DTEK said repair crews were working to restore supply.\n"
        "Opposition candidate Peter Mkandawire has already claimed victory, saying his party won."
    )
    assert res[0][1].speaker == "DTEK"
    assert res[1][1].speaker == "Peter Mkandawire"


def test_title_then_holder_names_the_holder_and_nouns_are_not_verbs():
    res = _att(
        "The Executive Director of the National Primary Health Care Development Agency (NPHCDA), "
        "Ngozi Okafor, said the rollout would be phased.\n"
        "Nigeria on Monday began the rollout in Kebbi and Bayelsa states, making it one of the first countries.\n"
        "The Electoral Commission has ordered a recount after both candidates rejected the results.\n"
        '"We proved it can be done," Kestrel chief executive Fiona McLeod wrote on X.'
    )
    assert res[0][1].speaker == "Ngozi Okafor"
    assert res[1][1].speaker is None
    assert res[2][1].speaker is None
    assert res[3][1].speaker == "Fiona McLeod" and res[3][1].cited_source is None


def test_abbreviations_inside_according_to_and_agencies_named_with_a_country_code():
    res = _att(
        "According to figures from the U.N. refugee agency UNHCR, about 11,800 people have arrived.\n"
        "10:30 GMT – The US Geological Survey said the quake had a magnitude of 5.7."
    )
    assert res[0][1].speaker == "UNHCR"
    assert res[1][1].speaker == "US Geological Survey"


def test_claims_is_a_verb_before_a_clause_and_a_noun_otherwise():
    res = _att(
        "Machnouk claims al-Dulaimi is pregnant.\n"
        "There are conflicting claims about ISIS being at the border."
    )
    assert res[0][1].speaker == "Machnouk"
    assert res[1][1].speaker is None


def test_regulator_apposed_names_and_the_agency_after_a_newspaper():
    res = _att(
        "The Financial Conduct Authority fined Harland Mercantile Bank £12m.\n"
        "The regulator said the lender had opened accounts for high-risk customers.\n"
        '"Poor does not mean unsafe," said the agency\'s director, Ana Ruiz.\n'
        "Bild am Sonntag first reported the positive test.\n"
        "The agency said the 27-year-old had been provisionally suspended.\n"
        "The driver was identified as Raymond Coyle, 58, of Lowell, by the Washington County Sheriff's Office."
    )
    assert res[1][1].speaker == "Financial Conduct Authority"
    assert res[2][1].speaker == "Ana Ruiz"
    assert res[4][1].cited_source is None  # a newspaper is not "the agency"
    assert res[5][1].speaker and res[5][1].speaker.endswith("Sheriff's Office")


def test_inverted_said_with_a_named_apposition_and_a_time_after_said():
    res = _att(
        "“People had minutes, not hours,” said the mayor, Lucía Ferrer, standing in mud up to "
        "her knees outside the town hall after the river burst its banks.\n"
        "Two miners were killed at the mine on Thursday night, the mine's owner, "
        "Śląski Holding Węglowy (SHW), said on Friday.\n"
        "Kestrel co-founder and CEO Daniel Voss wrote on X that withdrawals were paused."
    )
    assert res[0][1].speaker == "Lucía Ferrer"
    assert res[1][1].speaker != "on Friday"
    assert res[2][1].speaker == "Daniel Voss" and res[2][1].cited_source is None


def test_citing_a_named_role_data_from_a_body_and_a_described_outlet():
    res = _att(
        "On the Afghan side, Tolo News reported, quoting the Taliban's Nangarhar police spokesman, "
        "Abdul Basir Zaheer, that three border guards were killed.\n"
        "Admissions rose by 20%, Corriere della Sera reported, citing data from the regional health authority.\n"
        "The audio, first published by the Malaga daily Diario Sur, was allegedly recorded in 2023."
    )
    assert res[0][1].speaker == "Abdul Basir Zaheer" and res[0][1].cited_source == "TOLOnews"
    assert res[1][1].speaker == "regional health authority"
    assert res[2][1].cited_source == "Diario Sur"


def test_company_suffixes_do_not_split_a_name():
    from verify.entities import entity_key

    assert entity_key("Kyushu Electric Power Co.") == entity_key("Kyushu Electric Power")


def test_courtroom_participles_named_kinds_and_citing_before_the_newspaper():
    res = _att(
        "Dawn reported the prices on Monday.\n"
        "Citing officials in the Ministry of Finance, the newspaper said the increase could be large.\n"
        "Prosecuting, Lisa Crane told Preston Crown Court that the ticket was stolen.\n"
        "The Magen David Adom ambulance service says it treated a 58-year-old man.\n"
        "The players were not named, but two people familiar with the matter told The Daily Star the ban was likely.\n"
        "The PDP agent, Mr Sunday Olatunji, however rejected the results from Ward 7."
    )
    assert res[1][1].speaker == "officials" and res[1][1].cited_source == "Dawn"
    assert res[2][1].speaker == "Lisa Crane"
    assert res[3][1].speaker == "Magen David Adom"
    assert res[4][1].speaker and res[4][1].speaker.startswith("people")
    assert res[5][1].speaker == "Sunday Olatunji"


def test_descriptors_possessive_outlets_evidence_and_roles_before_names():
    res = _att(
        '"We do not ask permission," he told Greek broadcaster Skai.\n'
        "South Korea's Yonhap News Agency reported, quoting a Busan police official, that two were held.\n"
        "The Law Society of Kenya, citing footage broadcast by Citizen TV, called for an inquiry.\n"
        "An analysis by the European Space Agency published in April estimated that debris had doubled.\n"
        "Democratic Progressive Party (DPP) caucus whip Lin Chih-hao accused KMT lawmakers of occupying the podium.\n"
        "Announcing the results, the Returning Officer, Prof. Adebayo Ogunleye, said the APC candidate, "
        "Mr Kayode Adeyemi, was leading with 31,402 votes."
    )
    assert res[0][1].cited_source == "Skai"
    assert res[1][1].cited_source == "Yonhap" and res[1][1].speaker == "busan police official"
    assert res[2][1].speaker and "footage" not in res[2][1].speaker
    assert res[3][1].speaker == "European Space Agency"
    assert res[4][1].speaker == "Lin Chih-hao"
    assert res[5][1].speaker == "Adebayo Ogunleye"


def test_particles_in_outlet_names_demonym_anaphors_and_apposed_names():
    res = _att(
        "In an interview with Corriere della Sera, expedition leader Chiara Mancuso said the hull was intact.\n"
        "Rafael Quintero won on points.\n"
        '"He can have the rematch," the Mexican said.\n'
        "According to the bride's father, Ram Prakash, nearly 600 people attended.\n"
        '"We are deeply shaken," said the mosque\'s imam, Mustafa Kaya, speaking to reporters.\n'
        "The Federal Prosecutor's Office in Karlsruhe confirmed that it had opened an investigation."
    )
    assert res[0][1].cited_source == "Corriere della Sera"
    assert res[2][1].speaker == "Rafael Quintero"
    assert res[3][1].speaker == "Ram Prakash"
    assert res[4][1].speaker == "Mustafa Kaya"
    assert res[5][1].speaker and res[5][1].speaker.startswith("Federal Prosecutor's Office")


def test_outlet_polls_language_services_and_names_with_da():
    res = _att(
        "A Reuters poll of 30 economists had predicted the rate would be held.\n"
        "Two children were killed, the refugee commissioner Mohammad Shamsul Alam told BBC Bangla.\n"
        "Salvatore Greco told the Giornale di Sicilia daily that he was innocent."
    )
    assert res[0][1].cited_source == "Reuters"
    assert res[1][1].cited_source == "BBC Bangla"
    assert res[2][1].cited_source == "Giornale di Sicilia"


def test_interview_with_a_described_outlet_and_outlet_shaped_names():
    res = _att(
        "In an interview with Spanish newspaper El País, Roldán insisted he had never fixed a match.\n"
        "According to the Hokkaido Shimbun, more than 2,000 people signed a petition.\n"
        "Her coach, Dean Kowalski, told Channel Nine that the swim had been two years in the making.\n"
        "Mayor Eduardo Pacheco, speaking to TV Globo, dismissed the poll."
    )
    assert res[0][1].cited_source == "El País"
    assert res[1][1].cited_source == "Hokkaido Shimbun" and res[1][1].speaker is None
    assert res[2][1].cited_source == "Channel Nine"
    assert res[3][1].cited_source == "TV Globo"


def test_digit_commas_bracketed_asides_and_bodies_by_kind():
    res = _att(
        "More than 1,800 cases have been recorded in the camps, the charity Doctors Without Borders said.\n"
        "Superintendent of Police (Rural) Mukesh Chandra Mishra said the caterer had been arrested.\n"
        "A person with measles passed through the airport, Health New Zealand says.\n"
        "The agency said the person arrived on flight NZ5 from Los Angeles.\n"
        "The patient was treated at Christchurch Hospital overnight.\n"
        "The company said it was cooperating with investigators."
    )
    assert res[0][1].speaker == "Doctors Without Borders"
    assert res[1][1].speaker == "Mukesh Chandra Mishra"
    assert res[3][1].speaker == "Health New Zealand"
    # a hospital is not "the company": better no speaker than the wrong body
    assert res[5][1].speaker != "Christchurch Hospital"


def test_outlets_by_shape_apposition_and_own_sections():
    res = _att(
        "According to Rekord, a community newspaper in the capital, residents were angry.\n"
        "Netwerk24 reported that the N1 remained closed.\n"
        "He told Yellowknife-based Cabin Radio the change had been dramatic.\n"
        "Polish energy news website WysokieNapiecie.pl reported that the ministry would close pits.\n"
        "Business Day reported that the Minerals Council was monitoring the stoppage."
    )
    assert [r[1].cited_source for r in res] == [
        "Rekord",
        "Netwerk24",
        "Cabin Radio",
        "WysokieNapiecie.pl",
        "Business Day",
    ]
    assert res[3][1].speaker is None  # the outlet is credited, not made a speaker
    own = _att('"I knew it," Chebet told Nation Sport after the race.', outlet="Daily Nation")
    assert own[0][1].cited_source is None and own[0][1].speaker == "Chebet"


def test_listed_institution_names_advisories_and_capitalised_roles():
    res = _att(
        "In a statement, the Department of Local Government, Environmental Affairs and Development Planning said 40 roads were closed.\n"
        "Met Éireann has issued a Status Orange rainfall warning for Cork and Kerry.\n"
        "Resident Carla Jennings told Mid Rivers Newsmagazine she hid in the basement."
    )
    assert (
        res[0][1].speaker
        == "Department of Local Government, Environmental Affairs and Development Planning"
    )
    assert res[1][1].speaker == "Met Éireann"
    assert res[2][1].speaker == "Carla Jennings"


def test_name_before_an_apposition_with_a_clause_and_belief_verbs():
    res = _att(
        "Turan Gas Transit, the state company that operates the line, said in a statement that repairs were under way.\n"
        "Investigating judge Pilar Montes suspects that at least 5.2 million euros in commissions were paid.\n"
        "Cardiff Rugby, where Bevan spent eight seasons, said its thoughts were with him.\n"
        "The club added that it had always followed the protocols."
    )
    assert res[0][1].speaker == "Turan Gas Transit"
    assert res[1][1].speaker == "Pilar Montes"
    assert res[3][1].speaker == "Cardiff Rugby"


def test_party_districts_weekday_leads_owned_bodies_and_new_media():
    res = _att(
        '"You can fake anything," said state Rep. Maria Delgado, D-North Adams.\n'
        "The Scottish Pelagic Fishermen's Association, however, said the UK had conceded.\n"
        'Trade union FNV called the loss "alarming".\n'
        "Councilmember Ray Whitfield told 12News that he had not decided.\n"
        'Later Tuesday, Whitfield wrote on X that the city "deserves a fresh start."'
    )
    assert res[0][1].speaker == "Maria Delgado"
    assert res[1][1].speaker == "Scottish Pelagic Fishermen's Association"
    assert res[2][1].speaker == "FNV"
    assert res[3][1].speaker == "Ray Whitfield"
    assert res[4][1].speaker == "Ray Whitfield" and res[4][1].cited_source is None


def test_one_word_outlet_after_told_unless_someone_in_the_story():
    res = _att(
        "Protest organiser Karim Benali told Bruzz that drivers would not leave.\n"
        '"We have families to feed," he told our reporter at the scene.\n'
        "Maria Lopez spoke at the rally.\n"
        "Garcia told Lopez that he would resign.\n"
        "The minister told Parliament that the bill would pass."
    )
    assert res[0][1].cited_source == "Bruzz"
    assert res[1][1].cited_source is None  # a new occasion: the article's own reporter
    assert res[3][1].cited_source is None
    assert res[4][1].cited_source is None


def test_agency_first_datelines_quoted_by_and_said_on_an_outlet():
    res = _att(
        "(ANSA) - NAPLES, JUNE 12 - A Naples court on Wednesday sentenced 14 alleged members of the clan.\n"
        "Quoted by the French broadcaster RFI, a European diplomat in Bissau warned that the delay was dangerous.\n"
        '"It is a ruling that confuses errors with crimes," Corvalán said on Radio Mitre.\n'
        "According to Cretan news website neakriti.gr, two patients were transferred.\n"
        "The petitioner, Ngozi Ugwu-Agbo of the Labour Party, described the judgment as a travesty.\n"
        "The breach was found on March 11, the firm said on March 12."
    )
    assert res[0][1].speaker != "NAPLES"  # the dateline is not a speaker
    assert res[1][1].cited_source == "RFI"
    assert res[2][1].cited_source == "Radio Mitre"
    assert res[3][1].cited_source == "neakriti.gr"
    assert res[4][1].speaker == "Ngozi Ugwu-Agbo"
    assert res[5][1].cited_source is None


def test_outlets_described_around_their_names_and_as_reported_leads():
    res = _att(
        "Speaking to TV Pirveli, Nino Beridze said her son was beaten.\n"
        "Protesters told the independent Abkhaz newspaper Nuzhnaya Gazeta that some districts had no power.\n"
        "Speaking to Public Radio of Armenia, Anahit Grigoryan said rents had risen.\n"
        "The state-run Iraqi News Agency (INA) quoted a Baghdad government official as saying the talks failed.\n"
        "Suwayda 24, a local news website, reported that protesters carried banners.\n"
        "As Ukrinform reported earlier, the Ukrainian Navy said that 40 mines were found."
    )
    assert [r[1].cited_source for r in res] == [
        "TV Pirveli",
        "Nuzhnaya Gazeta",
        "Public Radio of Armenia",
        "Iraqi News Agency",
        "Suwayda 24",
        "Ukrinform",
    ]
    assert res[4][1].speaker is None and res[5][1].speaker == "Ukrainian Navy"


def test_titled_name_at_the_end_of_a_long_role_and_quotes_after_a_statement():
    res = _att(
        "National Public Health Service medical officer of health Dr Anna Whitaker told a media "
        "briefing that anyone not immune should stay home.\n"
        '"Measles is one of the most infectious diseases we know of."'
    )
    assert res[0][1].speaker == "Anna Whitaker"
    assert res[1][1].speaker == "Anna Whitaker"


def test_an_age_anaphor_names_the_person_of_that_age():
    res = _att(
        "Dion Marsh, 34, was convicted of fraud on Friday.\n"
        "His former partner Carla Whitfield, 29, testified against him.\n"
        "The 34-year-old denied the allegations throughout the trial."
    )
    assert res[2][1].speaker == "Dion Marsh"


def test_self_named_groups_appositions_with_the_and_a_pronoun_in_a_subordinate_clause():
    res = _att(
        "A group calling itself Black Tide claimed responsibility for the attack on Sunday.\n"
        "An animal welfare group, the Japan Animal Rights Network, claimed in a statement that the zoo ignored warnings.\n"
        'Economy Minister Luis Caputo hailed the figure as proof the plan was "working," although he '
        "acknowledged that prices were still rising."
    )
    assert [r[1].speaker for r in res] == [
        "Black Tide",
        "Japan Animal Rights Network",
        "Luis Caputo",
    ]


def test_legislatures_are_not_outlets_and_described_outlets_after_by():
    res = _att(
        "Energy Minister Makozo Chikote told the National Assembly that the government would import power.\n"
        "In statements to the radio station Cadena SER, his lawyer said that Robles would appeal.\n"
        "According to figures from the German Interior Ministry cited by the daily Neue Osnabrücker Zeitung, attacks rose.\n"
        "As first reported by Korean outlet Dispatch, the singer had been performing while ill."
    )
    assert res[0][1].cited_source is None
    assert res[1][1].cited_source == "Cadena SER"
    assert (
        res[2][1].speaker == "German Interior Ministry"
        and res[2][1].cited_source == "Neue Osnabrücker Zeitung"
    )
    assert res[3][1].cited_source == "Dispatch"


def test_camel_case_outlets_and_speaking_to_a_described_publication():
    res = _att(
        "Speaking to talkSPORT on Wednesday, manager Gary Doyle admitted his players were worried.\n"
        "Speaking to Mwananchi, a sister publication of The Citizen, she said investors stayed calm."
    )
    assert res[0][1].cited_source == "talkSPORT"
    assert res[1][1].cited_source == "Mwananchi"


def test_self_given_names_service_appositions_and_data_that_show():
    res = _att(
        "In an interview with Azattyk, the Kyrgyz service of Radio Free Europe/Radio Liberty, Azamat Yusupov said the mosques were unregistered.\n"
        "A fellow taxi operator, who gave his name only as Marlon, said Ellis had been working since dawn.\n"
        "Singapore's Land Transport Authority (LTA) said in a Facebook post that fares would be announced.\n"
        "The Health Ministry in Astana has blamed a rise in refusals, which it said were fuelled by misinformation."
    )
    assert res[0][1].speaker == "Azamat Yusupov" and res[0][1].cited_source == "Azattyk"
    assert res[1][1].speaker == "Marlon"
    assert res[2][1].speaker == "Land Transport Authority"
    assert res[3][1].speaker == "Health Ministry"


def test_statements_in_a_named_medium_and_rebuttal_verbs():
    res = _att(
        "Finance Minister Stefan Hollerer defended the consolidation package in an interview with Der Standard.\n"
        "KMT legislator Huang Shu-fen countered that DPP members had tried to snatch the microphone.\n"
        "Türkiye's Foreign Ministry condemned the attack in a statement and called on Germany to act.\n"
        "The Spanish Tax Agency estimates that the network laundered around €40 million.\n"
        "Videos posted on social media and verified by Reuters showed dozens of bodies.\n"
        "The Chief Minister announced an ex gratia payment, the Chief Minister's Office posted on X."
    )
    assert res[0][1].speaker == "Stefan Hollerer" and res[0][1].cited_source == "Der Standard"
    assert res[1][1].speaker == "Huang Shu-fen"
    assert res[2][1].speaker and res[2][1].speaker.endswith("Foreign Ministry")
    assert res[3][1].speaker == "Spanish Tax Agency"
    assert res[4][1].speaker is None
    assert res[5][1].speaker and "Office" in res[5][1].speaker


def test_one_witness_named_in_apposition_after_a_quote():
    res = _att(
        '"There was screaming, and then the bus was rolling," one survivor, Rosa Quispe, told America TV from her hospital bed.\n'
        '"I held on to the seat in front of me.\n'
        "I don't know how I am alive.\""
    )
    assert [r[1].speaker for r in res] == ["Rosa Quispe"] * 3
    assert res[0][1].cited_source == "America TV"


def test_progressive_reporting_speculation_and_an_outlets_headline():
    res = _att(
        "But now CNBC is reporting that the $72 million figure is totally bogus.\n"
        "Mary Jones speculated that he has been receiving hormone shots.\n"
        "The Guardian report said the deal was off."
    )
    assert res[0][1].cited_source == "CNBC" and res[0][1].speaker is None
    assert res[1][1].speaker == "Mary Jones"
    assert res[2][1].cited_source == "The Guardian"


def test_possessive_role_named_in_apposition_and_no_junk_speakers():
    res = _att(
        '"Only those who were castrated could meet god," Mr Chauhan\'s lawyer, Navkiran Singh, told AFP.\n'
        "The Apple Watch was meant to feature a stress sensor, the Journal reported."
    )
    assert res[0][1].speaker == "Navkiran Singh" and res[0][1].cited_source == "AFP"
    assert res[1][1].speaker is None


def test_outlets_named_after_a_known_prefix_interviews_and_own_regional_services():
    res = _att(
        "Labour's education spokesperson, Priya Narayan, told Newstalk ZB the money was being wasted.\n"
        "In comments to Prensa Libre, the company said it had held more than 40 meetings.\n"
        "Its principal officer, Captain Vusi Dlamini, told local broadcaster eNCA that the port was congested.\n"
        "BusinessDesk reported last week, citing people familiar with the matter, that the deal was off.\n"
        "Speaking to the BBC on June 2, Foreign Minister Dmytro Kuleba urged partners to hurry.\n"
        "In a statement to the ASX on Friday, Coolgardie Minerals said 320 jobs would go.\n"
        "He said in a post on his Facebook page, which he later deleted, that he would repay the money."
    )
    assert [r[1].cited_source for r in res[:5]] == [
        "Newstalk ZB",
        "Prensa Libre",
        "eNCA",
        "BusinessDesk",
        "BBC",
    ]
    assert res[5][1].cited_source is None
    own = _att(
        "Shire president Rhonda McAllister told ABC Goldfields-Esperance the closure was a blow.",
        outlet="ABC (Australia)",
    )
    assert own[0][1].cited_source is None


def test_people_of_bodies_with_possessives_and_acronyms_and_long_titled_appositions():
    res = _att(
        "The Ministry of Environment, Forestry and Tourism's deputy director for wildlife, Ndahafa Kapolo, said the bull was watched.\n"
        "Professor Deniz Altunel of Istanbul Technical University’s geology department warned that aftershocks would continue.\n"
        "Ali Rıza Bozkurt of the Republican People's Party (CHP) told reporters that the count was flawed.\n"
        "Uptown People’s Law Center, which brought the suit, said conditions were inhumane.\n"
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said aid was blocked."
    )
    assert [r[1].speaker for r in res] == [
        "Ndahafa Kapolo",
        "Deniz Altunel",
        "Ali Rıza Bozkurt",
        "Uptown People’s Law Center",
        "UN Office for the Coordination of Humanitarian Affairs",
    ]


def test_coordinated_verb_phrases_adverbs_before_said_and_based_descriptors():
    res = _att(
        "Pentagon Spokesman Col. Steve Warren could not confirm the deaths and said ISIS leaders had not been targeted.\n"
        "Sorkin has publicly said the movie will be divided into three long scenes.\n"
        "The assault began at dawn, said the Britain-based Syrian Observatory for Human Rights."
    )
    assert [r[1].speaker for r in res] == [
        "Steve Warren",
        "Sorkin",
        "Syrian Observatory for Human Rights",
    ]


def test_time_leads_before_the_subject_inverted_notes_and_digital_outlets():
    res = _att(
        "A year after the attack though, the U.S. State Department said that issues remain unresolved.\n"
        "The new processor should enable a fanless design, notes Motley Fool, based on what Intel said.\n"
        '"Durex has heard that people are saying we launched a pumpkin condom," the company said in a statement to Buzzfeed.\n'
        '"Within 40 years, Austria will be largely ice-free," warned Martina Hofstätter, the club\'s glacier expert.'
    )
    assert res[0][1].speaker and res[0][1].speaker.endswith("State Department")
    assert res[1][1].cited_source == "The Motley Fool"
    assert res[2][1].cited_source == "BuzzFeed News"
    assert res[3][1].speaker == "Martina Hofstätter"


def test_speaking_to_described_and_single_word_outlets_and_outlets_that_first_reported():
    res = _att(
        "Health Minister Andreas Charalambous, speaking to Philenews on Wednesday evening, said the strike was unjustified.\n"
        "POEDIN president Stavros Koutsogiannis told Skai television that hospitals were understaffed.\n"
        "Political scientist Annelies Maes, speaking to Flemish public broadcaster VRT, said the result was a shock.\n"
        "The Shift, which first reported the scheme in 2019, said at the time that leaked emails showed the fraud.\n"
        "According to a passenger who spoke to Ouest-France, the aircraft skidded for what felt like minutes."
    )
    assert [r[1].cited_source for r in res] == [
        "Philenews",
        "Skai",
        "VRT",
        "The Shift",
        "Ouest-France",
    ]
    assert res[3][1].speaker is None


def test_testimony_requests_denunciations_estimates_and_year_leads():
    res = _att(
        "Earlier, a forensic auditor with the commission, Ms Lucy Wanjohi, testified that the funds were moved.\n"
        "Public prosecutor Aminata Diagne Fall, for her part, requested a sentence of seven years.\n"
        "One of the defence lawyers, Ousseynou Gaye, denounced a political trial.\n"
        "The Taoyuan Aviation Professionals Union yesterday said that its members would strike.\n"
        "Interim Police Chief Raymond Osei conceded at a council session Monday that the numbers were high.\n"
        "The New Zealand Dental Association estimates the national shortfall at 300 dentists.\n"
        "In 2023, the Office of the Auditor-General criticised the council's financial controls.\n"
        "His counsel, Adeola Badmus, asked the court to reject the application.\n"
        "In 2023 alone, prices rose by 40 percent."
    )
    assert [r[1].speaker for r in res] == [
        "Lucy Wanjohi",
        "Aminata Diagne Fall",
        "Ousseynou Gaye",
        "Taoyuan Aviation Professionals Union",
        "Raymond Osei",
        "New Zealand Dental Association",
        "Office of the Auditor-General",
        "Adeola Badmus",
        None,
    ]


def test_the_company_said_resolves_to_a_body_introduced_as_one_and_clauses_after_conceded():
    res = _att(
        "Electric two-wheeler maker Ridezo Mobility will recall about 38,000 scooters.\n"
        "The company said no injuries had been reported.\n"
        "Hududgaztaminot, the state gas distribution company, said in a post that pressure had dropped.\n"
        "The company said supply would be restored by Friday.\n"
        "Sofia Lindqvist conceded she had not seen where the ball landed.\n"
        "Meanwhile, the Institute for the Study of War (ISW) assessed that the forces were regrouping.\n"
        "Toyota recalled 1.2 million cars."
    )
    assert [r[1].speaker for r in res] == [
        None,
        "Ridezo Mobility",
        "Hududgaztaminot",
        "Hududgaztaminot",
        "Sofia Lindqvist",
        "Institute for the Study of War",
        None,
    ]


def test_short_names_of_the_own_outlet_and_whom_an_outlet_cites():
    assert (
        _att(
            "A police officer told the Express that boats go back full.", outlet="Trinidad Express"
        )[0][1].cited_source
        is None
    )
    assert (
        _att(
            "A federal official told EL PAÍS that the cartels choose.", outlet="El País in English"
        )[0][1].cited_source
        is None
    )
    assert (
        _att("Two drivers who spoke to BI said managers lied.", outlet="Business Insider")[0][
            1
        ].cited_source
        is None
    )
    assert (
        _att("She told the Herald that nobody was looking.", outlet="Trinidad Express")[0][
            1
        ].cited_source
        == "Herald"
    )
    res = _att(
        "The Hindu BusinessLine reported last week, citing a person aware of the talks, that the deal was off.\n"
        "Television station STV reported, citing an engineer at the utility who asked not to be named, that the plant failed.\n"
        "Two people aware of the matter said the deal was off."
    )
    assert [(r[1].speaker, r[1].cited_source) for r in res] == [
        ("person aware of the talks", "The Hindu BusinessLine"),
        ("engineer", "STV"),
        ("people aware of the matter", None),
    ]


def test_accented_and_numbered_datelines_and_lowercase_descriptors_before_a_name():
    res = _att(
        "ERBIL (Kurdistan24) – Iraq's Federal Supreme Court on Wednesday ruled that the vote was void.\n"
        "CULIACÁN, Mexico (AP) — Mexican authorities said Thursday they had found 12 bodies.\n"
        "Payroll processor ADP said private employers added just 37,000 jobs.\n"
        "The federal Security and Citizen Protection Secretariat said in a statement that 12 were arrested."
    )
    assert res[0][0].startswith("Iraq's") and res[0][1].speaker.endswith("Federal Supreme Court")
    assert [r[1].speaker for r in res[1:]] == [
        "Mexican authorities",
        "ADP",
        "Security and Citizen Protection Secretariat",
    ]


def test_disputes_affirmations_and_accusations():
    res = _att(
        "Baluarte Films disputed that account.\n"
        "Community leaders accuse the company of failing to pay for land.\n"
        "The two countries disputed the border for decades."
    )
    assert [r[1].speaker for r in res] == ["Baluarte Films", "community leaders", None]
    assert (
        _att("Minister Abdullah Al Kuwari affirmed that Qatar will continue its efforts.")[0][
            1
        ].speaker
        == "Abdullah Al Kuwari"
    )


def test_quoted_by_an_outlet_as_saying_attributions_and_welcomes_with_a_participle():
    res = _att(
        "State secretary Vasile Muntean was quoted by state news agency Agerpres as saying the payments would start.\n"
        "Environment Minister Marina Silva attributed the drop to stepped-up enforcement.\n"
        'Francesca Moretti, the UNHCR Representative in Armenia, welcomed the decision, calling it "an important step".\n'
        "The crowd welcomed the team at the airport."
    )
    assert [(r[1].speaker, r[1].cited_source) for r in res] == [
        ("Vasile Muntean", "Agerpres"),
        ("Marina Silva", None),
        ("Francesca Moretti", None),
        (None, None),
    ]


def test_plural_possessive_bodies_irish_particles_divisions_and_writing_in_an_outlet():
    res = _att(
        "The Algarve Citrus Producers' Association rejected the claim, saying the harvest was fine.\n"
        "The Killybegs Fishermen's Organisation said Irish boats had lost a quarter of their quota.\n"
        "The Texas Division of Emergency Management said it had prepositioned supplies.\n"
        "The China Coast Guard said in a statement that it had taken necessary measures.\n"
        "Sinn Féin's marine spokesperson, Donegal TD Caoimhín Ó Dochartaigh, accused the minister of surrender.\n"
        "When contacted, EC secretary Khairul Anuar Mat Yusof said all complaints would be investigated.\n"
        "Writing in The Herald, the former SNP depute leader Angus Dalrymple-Kerr argued that the party had lost its way."
    )
    assert [r[1].speaker for r in res[:4]] == [
        "Algarve Citrus Producers' Association",
        "Killybegs Fishermen's Organisation",
        "Texas Division of Emergency Management",
        "China Coast Guard",
    ]
    assert res[4][1].speaker.endswith("Caoimhín Ó Dochartaigh")
    assert res[5][1].speaker == "Khairul Anuar Mat Yusof"
    assert (res[6][1].speaker, res[6][1].cited_source) == ("Angus Dalrymple-Kerr", "The Herald")


def test_an_aged_name_in_apposition_to_a_counted_role():
    res = _att(
        "One of the workers, 29-year-old Mohammad Rakibul Hasan from Sylhet, said the agent took his passport."
    )
    assert res[0][1].speaker == "Mohammad Rakibul Hasan"


def test_projections_assurances_complaints_recollections_and_recommendations():
    res = _att(
        "The Legislative Budget Office projects revenue growth of just 1.4% next year.\n"
        "Board President Anthony Ruelas assured attendees that no decision had been made.\n"
        "But federal aid has been slow to arrive, residents complain.\n"
        "Club chair Phil Greenhalgh-Moss recalled standing outside the ground.\n"
        "Indonesia's election watchdog, Bawaslu, had earlier recommended that the vote be rerun.\n"
        "Toyota recalled 1.2 million cars."
    )
    assert [r[1].speaker for r in res] == [
        "Legislative Budget Office",
        "Anthony Ruelas",
        "residents",
        "Phil Greenhalgh-Moss",
        "Bawaslu",
        None,
    ]


def test_single_quotes_and_a_quote_told_to_an_outlet_at_the_end():
    res = _att(
        "Outgoing mayor Michel Gastaud said the reform had made it harder.\n"
        "'You need eleven people willing to give up their evenings,' he told Var-Matin."
    )
    assert (res[1][1].speaker, res[1][1].cited_source) == ("Michel Gastaud", "Var-Matin")
    assert (
        _att("A researcher told Nature that the panels were rotated.", outlet="Nature News")[0][
            1
        ].cited_source
        is None
    )


def test_bodies_named_for_a_country_and_counsel_named_in_apposition():
    res = _att(
        "The American Institute in Taiwan, the de facto US embassy, said in a statement that it was concerned.\n"
        "But the Directors Guild of Korea countered that a mandatory holdback would hurt.\n"
        "Counsel for the petitioners, senior advocate Uzma Khalid Bajwa, argued that the law was void."
    )
    assert [r[1].speaker for r in res] == [
        "American Institute in Taiwan",
        "Directors Guild of Korea",
        "Uzma Khalid Bajwa",
    ]


def test_submissions_attributions_defences_beliefs_and_quoted_by_with_an_aside():
    res = _att(
        "A senior Finance Ministry official, however, was quoted by the Yomiuri Shimbun as saying the budget was too big.\n"
        "Economists attribute the increase partly to the floating of the birr.\n"
        "The Kremlin has defended the crackdown as a response to the attack.\n"
        "Investigators believe the handler was based in Syria."
    )
    assert res[0][1].cited_source == "Yomiuri Shimbun" and res[0][1].speaker.endswith("official")
    assert [r[1].speaker for r in res[1:]] == ["Economists", "Kremlin", "investigators"]
    res = _att(
        'Lawyer Ruwan Senadheera appeared for the petitioners.\n"This is not a matter of policy," he submitted.'
    )
    assert res[1][1].speaker.endswith("Ruwan Senadheera")


def test_more_short_names_of_the_own_outlet():
    assert (
        _att("Residents told Journal that the teachers were seized.", outlet="Journal du Cameroun")[
            0
        ][1].cited_source
        is None
    )
    assert (
        _att('"He was not part of anything," Rashieda Isaacs told EWN.', outlet="Eyewitness News")[
            0
        ][1].cited_source
        is None
    )


def test_an_audience_after_wrote_is_not_the_speaker():
    res = _att(
        "Professor Marian Okafor, the vice-chancellor, wrote to staff on Monday.\nZuma's lawyers filed papers."
    )
    assert res[0][1].speaker == "Marian Okafor"


def test_an_outlets_sources_credit_the_outlet():
    res = _att(
        "Apple Watch became known as a black hole within the company, the WSJ's sources said."
    )
    assert (res[0][1].speaker, res[0][1].cited_source) == ("sources", "The Wall Street Journal")
    assert _att("The company's sources said nothing.")[0][1].cited_source is None


def test_a_conjunction_before_the_subject_is_not_part_of_it():
    res = _att(
        "Officials have not explained the closure, but Dawn reported on Tuesday, citing a security official, "
        "that the crossing would reopen."
    )
    assert (res[0][1].speaker, res[0][1].cited_source) == ("security official", "Dawn")


def test_a_body_speaking_through_a_role_is_keyed_to_the_body():
    ((_, a),) = _att('A spokesperson for Harrow Crest Homes said the site would include "robust measures".')
    assert (a.speaker, a.speaker_key) == ("spokesperson for Harrow Crest Homes", "harrow crest homes")
    ((_, b),) = _att("Analysts at Mizuho Securities estimated in a note that the plant could lift profit.")
    assert b.speaker == "analysts at Mizuho Securities"
    ((_, c),) = _att('A Department of Health and Social Care spokesperson said: "Corridor care is unacceptable."')
    assert c.speaker == "Department of Health and Social Care spokesperson"
    # a person named in apposition wins, and a place is not a body
    ((_, d),) = _att("The spokesperson of the Kaduna State Police Command, Mansir Hassan, confirmed the attack.")
    assert d.speaker == "Mansir Hassan"
    ((_, e),) = _att("A resident of Kabul said the shops were closed.")
    assert e.speaker == "resident"


def test_a_demonym_or_posting_stays_in_a_body_name():
    ((_, a),) = _att("The Russian Defense Ministry said in a statement that the servicemen were returned.")
    assert a.speaker == "Russian Defense Ministry"
    ((_, b),) = _att("The UN Assistance Mission in Afghanistan said civilian casualties rose.")
    assert b.speaker == "UN Assistance Mission in Afghanistan"
    ((_, c),) = _att("The Defence Ministry said three drones were downed.")
    assert c.speaker == "Ministry of Defense"  # no country given: the alias table's name


def test_reporting_without_citing_anyone_names_no_speaker():
    ((_, a),) = _att("Channel 12 news reported Tuesday evening, without citing sources, that the candidate withdrew.")
    assert a.speaker is None and a.cited_source == "N12"


def test_a_title_with_its_portfolio_then_the_holder():
    ((_, a),) = _att("Deputy mayor for transport Tomáš Vencl, of the Pirate Party, said the city would buy trams.")
    assert a.speaker == "Tomáš Vencl"
    ((_, b),) = _att("Consumer NZ head of research Paula Greer told reporters the explanation would not wash.")
    assert b.speaker == "Paula Greer"
    ((_, c),) = _att("The report's author, economist Niamh Gallagher of Trinity College Dublin, said supply was short.")
    assert c.speaker == "Niamh Gallagher"


def test_things_and_unresolved_titles_are_not_speakers():
    ((_, a),) = _att("The ruling, handed down on Monday, found that the tender was unlawful.")
    assert a.speaker is None
    ((_, b),) = _att("The company said revenue fell.")
    assert b.speaker is None  # no company named before: nothing to show
    text = "Electric two-wheeler maker Ridezo Mobility cut prices.\nThe company said revenue fell."
    assert _att(text)[1][1].speaker == "Ridezo Mobility"


def test_a_speaker_interrupting_the_clause():
    text = "Marcus Ybarra runs the unit.\nOvertime, he said, is the only way to staff patrol shifts."
    assert _att(text)[1][1].speaker == "Marcus Ybarra"
    ((_, a),) = _att("The attack, the source said, was carried out jointly by the security service.")
    assert a.speaker == "source"


def test_an_outlets_own_programmes_and_short_names():
    assert outlet_family("RFE/RL's Kyrgyz Service") == "RFE/RL"
    assert outlet_family("CBC's Information Radio") == "CBC"
    text = "Indigenous Services Canada said in an email to the Free Press that the department would respond."
    assert _att(text, outlet="Winnipeg Free Press")[0][1].cited_source is None
    assert _att("A senior official told Scroll that the audit was late.", outlet="Scroll.in")[0][1].cited_source is None


def test_a_based_descriptor_is_not_an_outlet_name():
    text = (
        "Tolo News reported the crossing had closed.\n"
        "The Kabul-based broadcaster quoted a trader as saying trade had halted."
    )
    assert _att(text)[1][1].cited_source == "TOLOnews"
    ((_, a),) = _att("The mine's owner, Vancouver-based Pelly Ridge Resources Ltd., said it would comply.")
    assert a.speaker.startswith("Pelly Ridge Resources")


def test_a_city_and_country_dateline_is_not_the_speaker():
    ((_, a),) = _att("Kabul, Afghanistan – The Taliban said the attack on the base was repelled.")
    assert a.speaker == "Taliban"


def test_a_countrys_body_is_the_body():
    ((_, a),) = _att("North Macedonia's junior coalition partner VLEN threatened to quit the government.")
    assert a.speaker == "VLEN"
    ((_, b),) = _att("Greece's Council of State has ruled that the designation was unlawful.")
    assert b.speaker == "Council of State"
    ((_, c),) = _att("The Clackamas County Sheriff's Office said about 340 homes were told to leave.")
    assert c.speaker != "Office"


def test_the_subject_after_a_label_or_a_leftover_dash():
    ((_, a),) = _att("That has caused friction: Algeria's Ministry of National Defence said the drones crossed.")
    assert a.speaker == "Ministry of National Defence"
    ((_, b),) = _att("- Zambia's state power utility ZESCO said on Wednesday that it would cut power.")
    assert b.speaker == "ZESCO"
    text = "Ali Khan leads the ministry.\nAli Khan said: The plan will work."
    assert _att(text)[1][1].speaker == "Ali Khan"


def test_outlet_names_with_curly_apostrophes_and_ampersands():
    ((_, a),) = _att("Lloyd’s List, quoting a person briefed on the attack, reported that the gang had fled.")
    assert a.cited_source == "Lloyd's List"
    ((_, b),) = _att("State Sen. Harlan Boyette told The News & Observer last month that universities had time.")
    assert b.cited_source and b.cited_source.endswith("News & Observer")


def test_a_bodys_own_channel_and_a_committee_are_not_outlets():
    ((_, a),) = _att("Acting governors were appointed in all three regions, the Kremlin's website said.")
    assert (a.speaker, a.cited_source) == ("Kremlin", None)
    ((_, b),) = _att("She told the House Homeland Security, Public Safety and Veterans' Affairs Committee that it was unlocked.")
    assert b.cited_source is None


def test_a_whole_body_name_and_a_member_of_title_with_an_apposed_name():
    ((_, a),) = _att("The International Committee of the Red Cross said on Monday that 40 detainees were freed.")
    assert a.speaker == "International Committee of the Red Cross"
    ((_, b),) = _att("Member of the Political Bureau of Ansarullah, Abdulrahman al-Jumaie, affirmed that the strikes would continue.")
    assert b.speaker == "Abdulrahman al-Jumaie"


def test_a_participial_aside_is_not_the_speaker():
    ((_, a),) = _att("The dissolution, announced on state television on Tuesday, was confirmed by the ruling council.")
    assert a.speaker != "dissolution"


def test_outlet_names_with_of_du_and_a_lowercase_head_are_kept_whole():
    ((_, a),) = _att("Isle of Man Today reported last month that the Treasury had been asked to step in.")
    assert (a.speaker, a.cited_source) == (None, "Isle of Man Today")
    ((_, b),) = _att("Its secretary general, Gounou Sabi, told the weekly L'Économiste du Bénin that payments were late.")
    assert b.cited_source == "L'Économiste du Bénin"
    ((_, c),) = _att("Jiří Kadlec, president of the chamber, told the daily Lidové noviny that the list was useless.")
    assert c.cited_source == "Lidové noviny"
    ((_, d),) = _att("The ultimatum was first reported by El Mercurio de Antofagasta on Monday.")
    assert d.cited_source == "El Mercurio de Antofagasta"


def test_what_the_article_says_about_an_outlet_is_not_its_name():
    ((_, a),) = _att("The official said in remarks carried by the Houthi-run Saba news agency that the talks failed.")
    assert a.cited_source == "Saba"
    ((_, b),) = _att("Israeli Channel 14 reported that the army plans to demolish a further 90 buildings.")
    assert b.cited_source == "Channel 14"
    ((_, c),) = _att("In comments to the Amman-based news site Ammon News, a security official said the crossing would stay shut.")
    assert c.cited_source == "Ammon News"
    ((_, d),) = _att("Sinjil council head Ayman Ghanem told the Ma’an news agency that the settlers burned two cars.")
    assert d.cited_source == "Ma’an"


def test_members_of_a_body_and_a_house_are_not_outlets():
    ((_, a),) = _att("Mr Quigley told MLAs that more than 520,000 people were now waiting.")
    assert a.cited_source is None
    ((_, b),) = _att("The minister told the House of Representatives that the patrols would double.")
    assert b.cited_source is None


def test_a_place_title_then_the_persons_name():
    (_, a), (_, b) = _att(
        "Governor of the Irkutsk Region Igor Kobzev said in a video address that a drone hit a depot. "
        '"The source of the fire has been eliminated," he said.'
    )
    assert a.speaker == b.speaker == "Igor Kobzev"


def test_a_body_named_with_for_the_and_an_ampersand_is_kept_whole():
    ((_, a),) = _att("The Coordination Headquarters for the Treatment of Prisoners of War said the exchange happened.")
    assert a.speaker == "Coordination Headquarters for the Treatment of Prisoners of War"
    ((_, b),) = _att("The Centers for Medicare & Medicaid Services said premiums would rise.")
    assert b.speaker == "Centers for Medicare & Medicaid Services"


def test_the_body_spokesman_is_the_person_introduced_with_that_title():
    _, (_, a) = _att(
        "Kremlin Spokesman Dmitry Peskov said the attacks were deliberate. "
        "The Kremlin spokesman said the delegation would travel to Istanbul."
    )
    assert a.speaker == "Dmitry Peskov"


def test_the_officer_is_the_person_just_named():
    _, (_, a) = _att(
        "Police spokesman Mateus Kalunga Rodrigues said 14 people were arrested. "
        '"The police acted within the law," the officer told reporters.'
    )
    assert a.speaker == "Mateus Kalunga Rodrigues"


def test_state_news_agency_acronyms_and_a_discourse_participle():
    ((_, a),) = _att("The minister said in a statement carried by SPA that the kingdom would send aid.")
    assert a.cited_source == "Saudi Press Agency"
    (_, b), (_, c) = _att('Salim Haddad said the talks failed. Continuing, he said: "We will not give up."')
    assert c.speaker == "Salim Haddad"


def test_a_forum_named_with_and_and_figures_that_show():
    ((_, a),) = _att("The Hostages and Missing Families Forum said the deal was overdue.")
    assert a.speaker == "Hostages and Missing Families Forum"
    _, (_, b) = _att(
        "The Interior Ministry said 12,000 refugees had returned this year. "
        "The figures, first reported by the daily Al-Ghad, showed that most came from the north."
    )
    assert (b.speaker, b.cited_source) == ("Interior Ministry", "Al-Ghad")


def test_rejecting_a_bill_or_dismissing_governors_is_an_act_not_speech():
    ((_, a),) = _att("Russian President Vladimir Putin on Tuesday dismissed three regional governors.")
    assert a.speaker is None
    ((_, b),) = _att("The Sejm on Friday rejected a government bill that would have allowed Sunday trading.")
    assert b.speaker is None
    ((_, c),) = _att("The Health Ministry rejected the claims as baseless.")
    assert c.speaker == "Health Ministry"


def test_an_outlet_written_with_a_lowercase_al_particle():
    ((_, a),) = _att("Foreign Minister Abdallah Bou Habib told al-Jadeed TV that Lebanon would not negotiate.")
    assert a.cited_source == "Al Jadeed"
    ((_, b),) = _att("A Hezbollah official told al-Mayadeen that the strikes would continue.")
    assert b.cited_source == "Al Mayadeen"
    ((_, c),) = _att("According to al-Manar, two fighters were killed.")
    assert (c.speaker, c.cited_source) == (None, "Al-Manar")


def test_an_abbreviated_rank_does_not_end_the_source():
    (_, a), (_, b) = _att(
        "Troopers tried to stop the car, according to Lt. Rena Castellano, a state police spokeswoman. "
        "She said the driver fled onto Gratiot Avenue."
    )
    assert a.speaker == b.speaker == "Rena Castellano"


def test_an_outlet_called_by_its_last_word_is_the_one_named_before():
    _, (_, a) = _att(
        "The Los Angeles Times first reported the plan. "
        "According to the Times, a city report recommended drainage work.", outlet="KTLA"
    )
    assert a.cited_source == "Los Angeles Times"
    _, (_, b) = _att(
        "The Wall Street Journal reported the talks on Monday. "
        "Officials also told the Journal that no decision had been made.", outlet="Kyiv Post"
    )
    assert b.cited_source == "The Wall Street Journal"
    ((_, c),) = _att("Officials told the Times that the pier would close.", outlet="Tampa Bay Times")
    assert c.cited_source is None  # its own reporting


def test_an_honorific_alone_is_the_person_introduced_with_it():
    (_, a), (_, b) = _att(
        "Economic Affairs Minister Lyonpo Sonam Tobgay said generation would ease imports. "
        '"Last winter we imported electricity worth Nu 3.1 billion," Lyonpo said.'
    )
    assert a.speaker == b.speaker == "Sonam Tobgay"


def test_an_age_anaphor_after_narration_is_the_previous_sentences_subject():
    _, (_, a) = _att(
        "Spanish teenager Pablo Ortega reached the semi-finals with a victory over world No. 4 Nikolai Varga. "
        '"I still can\'t believe it," the 19-year-old told reporters.'
    )
    assert a.speaker == "Pablo Ortega"


def test_a_coordinated_verb_phrase_keeps_its_subject():
    ((_, a),) = _att("DOJ spokesperson Anna Liza Ferrer declined to confirm the report but said the witness was safe.")
    assert a.speaker == "Anna Liza Ferrer"
    ((_, b),) = _att("The Royal College of Nursing welcomed the decision but said pay was the real problem.")
    assert b.speaker == "Royal College of Nursing"


def test_a_lead_setting_a_described_service_and_the_first_accused():
    ((_, a),) = _att("Traffic information service ANWB reported more than 600 kilometres of queues.")
    assert a.speaker == "ANWB"
    ((_, b),) = _att("Outside court, a nursing student who lost her savings told reporters she was angry.")
    assert b.speaker == "nursing student"
    ((_, c),) = _att("Lead counsel for the first accused, Mr Kwabena Oduro-Sarfo, told journalists the case was weak.")
    assert c.speaker == "Kwabena Oduro-Sarfo"


def test_a_hedge_a_told_audience_and_a_quoted_programme_lead():
    ((_, a),) = _att(
        'A defence spokesperson in Jammu, Lt Col Rohit Sehgal, said the army had "responded '
        'appropriately" to what he described as unprovoked fire.'
    )
    assert a.speaker == "Rohit Sehgal"
    ((_, b),) = _att(
        "“We will not be intimidated,” National Security Council spokesperson Cornelio Dantes told a news "
        "conference in Manila, adding that the Department of Foreign Affairs would file a protest."
    )
    assert b.speaker == "Cornelio Dantes"
    ((_, c),) = _att(
        'Speaking on CNBC\'s "Squawk Box" earlier Wednesday, Fed Governor Lorna Ashby said she would wait.',
        outlet="Reuters",
    )
    assert (c.speaker, c.cited_source) == ("Lorna Ashby", "CNBC")

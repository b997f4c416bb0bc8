"""Finding names in a sentence: runs of capitalised words trimmed to the names they hold."""

from actors_helpers import names

from timeline.actors import find_names, known_capitalised, strip_titles


# ------------------------------------------------------------ finding

def test_people_titles_and_organisations():
    found = names("Deputy Foreign Minister Sergei Ryabkov told journalists that Russia's Foreign Ministry "
                  "and the Kremlin had met Mr Trump's aides.")
    assert found == ["Deputy Foreign Minister Sergei Ryabkov", "Russia's Foreign Ministry", "Kremlin", "Mr Trump"]


def test_possessive_ends_a_name():
    assert names("The officials said Putin's aides met Airbus executives.") == ["Putin", "Airbus"]


def test_a_known_name_holding_and_or_a_possessive_is_found_whole():
    # VOA, 23 February 2016 (public domain; tests/data/entities/sp-500).
    text = "By the close of trading last week, the Standard and Poor's 500 was down more than 6 percent this year."
    assert names(text) == ["Standard and Poor's 500"]
    assert names("The Standard & Poor’s 500 index rose.") == ["Standard & Poor’s 500"]
    assert "Standard and Poor's" not in names("Standard and Poor's downgraded the bonds.")  # the agency: no table form


def test_a_rescue_service_holds_and_and_a_count_opening_a_sentence_is_no_part_of_a_name():
    # U.S. Department of Defense, 7 and 8 February 2023 (public domain; tests/data/stories/turkey-syria-earthquake-2023).
    assert names("U.S. Transportation Command is transporting two Urban Search and Rescue (USAR) teams to Türkiye.") == [
        "U.S. Transportation Command", "Urban Search and Rescue", "USAR", "Türkiye"]
    assert names("Two Urban Search and Rescue teams and a critical aid package arrived by aircraft at Incirlik "
                 "Air Base, Türkiye, Feb. 8.")[0] == "Urban Search and Rescue"


def test_products_and_companies():
    found = names("Emirates ordered the Boeing 777 and Bank of America financed it.")
    assert found == ["Emirates", "Boeing 777", "Bank of America"]
    found = names("Lufthansa took delivery of an A350 from Airbus.", "They fly Lufthansa.")
    assert found == ["Lufthansa", "A350", "Airbus"]


def test_sentence_initial_ordinary_words_are_not_names():
    assert names("Psychologically, it will be easier.") == []
    assert names("Both officials spoke on condition of anonymity.") == []
    assert names("Shares rose after the results, shares of rivals fell.") == []


def test_sentence_initial_name_known_from_elsewhere():
    assert names("Moscow believes that Trump could help.", "They flew to Moscow.") == ["Moscow", "Trump"]


def test_sentence_initial_name_followed_by_a_verb():
    assert names("Airbus reported record deliveries.") == ["Airbus"]


def test_months_weekdays_and_years_are_not_names():
    assert names("In 2017 The New York Times said on Thursday, Jan. 5, that May was quiet.") == ["New York Times"]


def test_nationality_adjectives_and_peoples_are_not_names():
    assert names("They said Russian officials and the Americans met Republican presidential candidate Donald Trump.") == ["Donald Trump"]


def test_hyphenated_adjectives_are_not_names():
    assert names("They took the Kyiv-held capital from Ukraine.") == ["Ukraine"]


def test_a_hyphenated_span_of_the_calendar_is_no_name():
    # VOA: "G.M. reported a January-to-March loss".
    assert names("They said its January-to-March sales fell, as Monday-Friday trading in Toyota showed.") == ["Toyota"]
    assert names("They said Anne-Marie Smith met Toyota.") == ["Anne-Marie Smith", "Toyota"]


def test_country_before_a_title_is_dropped():
    assert names("They met U.S. President-elect Donald Trump.") == ["President-elect Donald Trump"]


def test_heading_keeps_only_names_known_from_prose():
    known = known_capitalised(["The Kremlin met Donald Trump in Washington."])
    known.names.update({"Kremlin", "Donald Trump", "Trump"})
    found = [n for _, _, n in find_names("Kremlin Courts Trump Behind the Scenes as Rhetoric Rattles Allies", known, heading=True)]
    assert found == ["Kremlin", "Trump"]


def test_strip_titles():
    assert strip_titles("President Vladimir Putin's") == "Vladimir Putin"
    assert strip_titles("Mr. Trump") == "Trump"
    assert strip_titles("the Kremlin") == "Kremlin"
    assert strip_titles("Secretary of State") == ""


def test_organisation_before_a_title_is_its_own_name():
    assert names("Emirates President Tim Clark said it again.") == ["Emirates", "President Tim Clark"]
    assert names("They met Airbus CEO Guillaume Faury.") == ["Airbus", "CEO Guillaume Faury"]
    assert names("Deputy Foreign Minister Sergei Ryabkov spoke.") == ["Deputy Foreign Minister Sergei Ryabkov"]
    assert names("They met Russian President Vladimir Putin.") == ["President Vladimir Putin"]


def test_what_an_office_is_of_or_to_belongs_to_the_title_not_the_name():
    # USAID, 13 August 2020 (public domain).
    found = names("In Beirut, Barsa met with U.S. Ambassador to Lebanon Dorothy Shea to discuss the support.")
    assert [strip_titles(n) for n in found] == ["Beirut", "Barsa", "Dorothy Shea"]
    for text, person in [
        ("He met Secretary of Defense Lloyd Austin on Monday.", "Lloyd Austin"),
        ("He met Secretary of the Treasury Janet Yellen on Monday.", "Janet Yellen"),
        ("They heard Minister for Foreign Affairs Marise Payne.", "Marise Payne"),
        ("They heard Ambassador to the U.N. Nikki Haley.", "Nikki Haley"),
    ]:
        assert [strip_titles(n) for n in names(text)] == [person], text
    # With no name after it, the office is no name, and a place an ordinary "to" leads to is its own.
    assert names("The Minister of Finance resigned.") == []
    assert names("The visit of the President to Moscow ended.") == ["Moscow"]


def test_model_suffix_and_airline_numbers():
    assert names("A door plug blew off an Alaska Airlines 737 MAX 9 jet.") == ["Alaska Airlines", "737 MAX 9"]
    assert names("The European Union's regulator approved it.") == ["European Union"]


def test_company_news_names():
    assert names("Boeing Co. Chief Executive Dave Calhoun will step down.") == ["Boeing Co.", "Chief Executive Dave Calhoun"]
    assert names("The U.S. Justice Department said it would appeal.") == ["U.S. Justice Department"]
    assert names("They include United Airlines' Scott Kirby.") == ["United Airlines", "Scott Kirby"]
    assert names("Spirit AeroSystems Holdings Inc said it was in talks.") == ["Spirit AeroSystems Holdings Inc"]
    assert strip_titles("Justice Department") == "Justice Department"


def test_sentence_opening_name_before_an_irregular_past_verb():
    for text, name in [
        ("Airbus overtook Boeing as the largest planemaker in 2019.", "Airbus"),
        ("Nvidia won a large order from Microsoft in May.", "Nvidia"),
        ("Embraer sold 40 jets to a Gulf carrier.", "Embraer"),
    ]:
        assert name in names(text), (text, names(text))
    assert "Rival" not in " ".join(names("Rival Advanced Micro Devices reported its results."))


def test_chief_financial_officer_is_a_title():
    assert strip_titles("Chief Financial Officer Arno Antlitz") == "Arno Antlitz"


def test_capitals_after_a_year_are_a_name_but_after_a_model_number_a_suffix():
    assert names("In 2022 VW put its battery activities into a separate company.", "VW said") == ["VW"]
    assert names("Boeing said the 737 MAX was safe.") == ["Boeing", "737 MAX"]  # a model is an entity


def test_a_currency_prefix_is_no_name():
    text = "Revenue fell to NT$430 billion, or US$13.6 billion, HK$ 2 billion, A$3, C$4, S$1 and R$9, Airbus said."
    assert [n for _, _, n in find_names(text, set())] == ["Airbus"]


# ------------------------------------------------------------ products, models, services, indices

def test_brands_in_camel_case_are_names():
    # Wikinews, "Apple launches 3G iPhone" and "Apple to lower UK iTunes prices" (CC BY 2.5).
    assert names("Apple Computer today launched a 3G version of its iPhone device.") == ["Apple Computer", "iPhone"]
    assert names("The firm said more than 4 billion songs had been downloaded from the iTunes store.") == ["iTunes"]


def test_a_short_model_number_after_a_name_is_part_of_it():
    # Wikinews, "Apple unveils iPhone 4, iOS 4 at Worldwide Developers Conference 2010" (CC BY 2.5).
    assert names("The iPhone 4 will use Apple's latest mobile operating system, iOS 4.") == ["iPhone 4", "Apple", "iOS 4"]
    assert names("The iPhone 3GS's price will be reduced to US $99, and the iPhone 3G will be discontinued.") == [
        "iPhone 3GS", "iPhone 3G"]
    assert names("The FTSE 100 fell 2 percent, Shell 3 percent and Apple 1.5 percent.") == ["FTSE 100", "Shell", "Apple"]


def test_a_model_number_before_a_capitalised_word_names_the_model():
    assert names("Regulators grounded the 737 Max after the crash.", "The Max is Boeing's jet.") == ["737 Max"]
    assert names("Orders for Boeing's 787 Dreamliner rose.") == ["Boeing", "787 Dreamliner"]
    assert names("More than 100 Boeing employees left.", "Boeing said") == ["Boeing"]


# ------------------------------------------------------------ no junk names

def test_a_qualifier_opening_a_sentence_is_no_part_of_the_name():
    # the qualifier is capitalised nowhere else, the name after it is
    assert names("Embattled Boeing said it would slow production.", "Shares of Boeing fell.") == ["Boeing"]
    assert names("CHICAGO - Embattled Boeing said it would slow production.", "Shares of Boeing fell.") == ["Boeing"]
    assert names("Boeing Co. Chief Executive Dave Calhoun will step down.", "Shares of Boeing Co. fell.") == [
        "Boeing Co.", "Chief Executive Dave Calhoun"]
    assert names("Former Microsoft chief Bill Gates spoke.", "They met Microsoft.") == ["Microsoft", "Bill Gates"]


def test_a_legal_form_ends_a_company_name():
    # Wikinews, "Apple Inc. co-founder Steve Jobs dies aged 56" (CC BY 2.5).
    found = names("The co-founder and former chief executive officer of Apple Inc. Steve Jobs has died.")
    assert found == ["Apple Inc.", "Steve Jobs"]
    assert names("They met Spirit AeroSystems Holdings Inc and Airbus Group SE.") == [
        "Spirit AeroSystems Holdings Inc", "Airbus Group SE"]


def test_a_lone_organisation_noun_or_letter_is_no_name():
    assert names("Board members met to discuss the plan.") == []
    assert names("Board approved the plan, the Board said.") == []
    assert names("X said it had removed the posts.") == []
    assert names("The store ranked No. 1 in the United States.") == ["United States"]


def test_a_dateline_city_is_no_name_but_the_word_after_the_dateline_may_be():
    # (the credit, "Reuters", is left out by the event stage with the rest of the dateline)
    assert names("CHICAGO (Reuters) - Boeing on Tuesday said it would pay.")[-1:] == ["Boeing"]
    assert names("WASHINGTON — Airbus delivered its last A380.") == ["Airbus", "A380"]


def test_a_place_before_a_brand_is_its_market_not_its_name():
    # Wikinews, "Apple to lower UK iTunes prices" (CC BY 2.5).
    found = names("Apple Inc. is to lower prices on the United Kingdom iTunes store, the European Commission said.")
    assert found == ["Apple Inc.", "iTunes", "European Commission"]


def test_french_connectors_inside_a_place_name():
    assert names("It was calm for survivors in shelters in the capital Port au Prince.") == ["Port au Prince"]


def test_html_character_references_are_decoded_before_names_are_read():
    from timeline.ingest import parse_article
    from timeline.pipeline import analyse

    text = ("---\ntitle: Deal\ndate: 2024-03-12\n---\n"
            "AT&amp;T said on Monday it would sell Boeing&#39;s stake in the iPhone&nbsp;4 venture.\n")
    an = analyse(parse_article(text, "x.md"))
    found = [n for names_of_sentence in an.names for _, _, n in names_of_sentence]
    assert found == ["AT&T", "Boeing", "iPhone 4"]


def test_a_tokenised_hyphen_between_two_capitalised_words_is_one_name():
    # SemEval-2015 Task 4 Wikinews (tokenised), April 2008.
    text = "Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become the No. 1 music seller."
    assert "Wal-Mart" in names(text) and "Wal" not in names(text) and "Mart" not in names(text)
    assert "Volkswagen" in names("BERLIN - Volkswagen's operating profit fell 15% last year.")  # a dateline's dash
    assert "Dell Technologies" in names("ROUND ROCK, Texas - Dell Technologies raised its annual revenue forecast on Thursday.")


def test_a_calendar_word_left_alone_of_a_title_is_no_name():
    # VOA, 17 January 2010: ABC's "This Week".
    text = 'The head of USAID, Rajiv Shah, outlined some of the obstacles on ABC\'s "This Week" program.'
    assert "Week" not in names(text) and "Rajiv Shah" in names(text)
    assert "London Fashion Week" in names("Designers showed their work at London Fashion Week on Monday.")


def test_a_time_zone_is_no_name():
    # NASA media advisory, 3 September 2010 (tests/data/stories/chile-miners-2010).
    text = ("A NASA team sent to Chile to aid trapped miners will hold a news conference about their work "
            "at the San Jose gold and copper mine near Copiapo at noon CDT, Tuesday, Sept. 7.")
    assert "CDT" not in names(text) and "NASA" in names(text)
    assert "GMT" not in names("Brent crude was down 0.8% at $81.20 by 1000 GMT.")


def test_military_and_civil_titles_split_the_organisation_from_the_person():
    # VOA and the White House, 2010 (public domain).
    assert names("Retired Coast Guard Admiral Thad Allen said pressure readings were rising.") == [
        "Coast Guard", "Admiral Thad Allen"]  # "Retired" describes him, not the Coast Guard
    assert names("The update came from Coast Guard Rear Adm. Mary E. Landry on Monday.") == [
        "Coast Guard", "Rear Adm. Mary E. Landry"]
    assert names("He spoke with NOAA Administrator Jane Lubchenco on Friday.") == ["NOAA", "Administrator Jane Lubchenco"]


def test_a_title_and_what_it_is_of_is_an_office_not_a_name():
    assert names("He met the Minister of Finance on Friday.") == []


def test_a_noun_of_an_event_ends_an_events_name_not_an_actors():
    # The White House, 16 July 2010 (public domain): "the BP Oil Spill" names a spill; its actor is BP.
    assert names("The President speaks to the press about recent developments with the BP Oil Spill.") == ["BP"]
    assert names("Ethiopian Airlines Crash investigators met in Addis Ababa.")[0] == "Ethiopian Airlines"


def test_a_public_bodys_name_may_hold_and():
    # VOA, 5 August 2010 (public domain).
    found = names("At the same briefing, National Oceanic and Atmospheric Administration chief Jane Lubchenco gave details.")
    assert found == ["National Oceanic and Atmospheric Administration", "Jane Lubchenco"]
    assert names("The Department of Health and Human Services said so.") == ["Department of Health and Human Services"]
    assert names("Shares of Apple and Google rose.") == ["Apple", "Google"]


def test_what_a_titled_person_is_of_is_no_part_of_the_name():
    # VOA, 22 May 2010 (public domain).
    found = names("In the Republican weekly address Saturday, Senator David Vitter of Louisiana called for help.")
    assert found == ["Senator David Vitter", "Louisiana"]
    assert names("Bank of America lent money to Secretary of State Hillary Clinton.") == [
        "Bank of America", "Secretary of State Hillary Clinton"]


def test_assistant_alone_is_an_office():
    # U.S. Department of the Interior, 8 August 2010 (public domain).
    assert "Assistant" not in names("Admiral Thad Allen and Assistant to the President Carol Browner spoke on Sunday.")


def test_a_number_spelled_out_is_no_name():
    # VOA Special English, 19 January 2002 (tests/data/entities/ford).
    assert names("The last time the company had a yearly loss was in Nineteen-Ninety-Two.") == []
    assert names("In Two-Thousand, Ford recorded a profit of more than six-and-one-half-thousand-million dollars.") == ["Ford"]
    assert "Nine Inch Nails" in names("The band Nine Inch Nails played on Friday.")


def test_a_plural_opening_a_sentence_before_a_plural_verb_is_no_name():
    # Wikinews and VOA, 2005-2011 (CC BY 2.5, public domain; tests/data/stories).
    for text in [
        "Engineers say a drilling machine has broken through to a work area in the mine.",
        "Rescuers have been dropping food, water and other relief to the men.",
    ]:
        assert names(text) == [], text
    # After the US Department of State, 9 February 2023 (public domain): a preposition opens it.
    assert names("Within hours of the first quake, the United States deployed teams.") == ["United States"]
    # A name before its verb stays one.
    assert names("Airbus said it would raise output.") == ["Airbus"]
    assert names("Toyota recalled 2.3 million vehicles in January.") == ["Toyota"]
    # A name qualifies a plural subject as an ordinary word does ("Initial reports said"): it stays one.
    assert names("Nvidia shares fell about 3% in extended trading.") == ["Nvidia"]


def test_time_zones_holidays_and_scale_classes_are_no_names():
    # After NOAA and NASA, 2019 (public domain; tests/data/stories/hurricane-dorian-2019).
    text = "Dorian became a Category 4 hurricane at 2 p.m. Eastern Daylight Time on Labor Day."
    assert names(text) == ["Dorian"]
    assert names("The image was taken at 1540 Universal Time by NASA's Aqua satellite.") == ["NASA", "Aqua"]
    assert names("Times Square was full.") == ["Times Square"]


def test_a_sentence_full_stop_is_no_part_of_the_name_an_abbreviation_keeps_its_own():
    assert names("He flew to New York.") == ["New York"]
    assert names("Help came from the Disaster Assistance Response Team.") == ["Disaster Assistance Response Team"]
    assert names("They met Gen. Kenneth F. McKenzie Jr. in the U.S.") == ["Gen. Kenneth F. McKenzie Jr.", "U.S."]

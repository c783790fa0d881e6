"""Regroup the round-named golden test files of tests/ into files named for the behaviour they check.

Run from the repository root: `python round20/regroup_tests.py` (or give the root as the argument). It reads
tests/test_*_roundN.py (the files of OLD below), writes each test function, unchanged, with the tables, helpers and
imports it uses, into the file TARGETS names for it, and deletes the old files. A helper needed by tests in more than
one new file (or clashing with another of the same name there) goes to tests/extract_kit.py under the name KIT gives
it, and the tests calling it call it by that name. A test of an old file that TARGETS does not name (one added after
the mapping was written) goes to the new file that takes most of its old file's tests (SUBJECTS names the file for
an old file none of whose tests is mapped); the script says so. With `--round20` it also moves the tests of
tests/test_*_round20.py by that rule (opt-in: the integrator decides whether the round's new files are regrouped).
Deterministic: the same old files give the same new files."""
from __future__ import annotations

import ast
import io
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

OLD = {
    "m6": "test_meetings_round6.py", "m7": "test_meetings_round7.py", "m8": "test_meetings_round8.py",
    "m9": "test_meetings_round9.py", "m10": "test_meetings_round10.py", "m11": "test_meetings_round11.py",
    "m12": "test_meetings_round12.py", "m13": "test_meetings_round13.py", "m14": "test_meetings_round14.py",
    "m15": "test_meetings_round15.py", "m16": "test_meetings_round16.py", "m17": "test_meetings_round17.py",
    "m18": "test_meetings_round18.py", "m19": "test_meetings_round19.py",
    "s6": "test_statements_round6.py", "s10": "test_statements_round10.py", "s11": "test_statements_round11.py",
    "s12": "test_statements_round12.py", "s14": "test_statements_round14.py", "s15": "test_statements_round15.py",
    "s17": "test_statements_round17.py",
    "d15": "test_demands_round15.py", "d16": "test_demands_round16.py", "d17": "test_demands_round17.py",
    "d18": "test_demands_round18.py", "d19": "test_demands_round19.py",
    "p15": "test_participants_round15.py", "p16": "test_participants_round16.py",
    "p17": "test_participants_round17.py", "p18": "test_participants_round18.py",
    "c17": "test_demand_claimants_round17.py", "c18": "test_demand_claimants_round18.py",
    "a19": "test_demand_addressees_round19.py", "x7": "test_precision_round7.py",
}

# new file -> (its docstring (for a file that exists already: the sentences added to its docstring); [old key:test
# function, in the order the file shows them])
TARGETS: dict[str, tuple[str | None, list[str]]] = {
    # -------- meetings: the counterpart
    "test_ministry_names.py": (
        "How a ministry is named (invented texts): misspelt titles, a title of several words, and a ministry "
        "written as its abbreviation, also in a participant's brackets.",
        ["m6:test_misspelt_titles", "m18:test_a_misspelt_title_of_several_words_names_its_ministry",
         "m18:test_no_misspelt_title_in_other_words", "m12:test_a_ministry_written_as_its_abbreviation_is_spelled_out",
         "m15:test_a_participants_abbreviated_ministry_is_the_counterpart"]),
    "test_meeting_counterparts.py": (
        "The counterpart of a meeting (invented texts): the government or one ministry, the ministry of the "
        "minister met (as object or in the occasion's sentence), of a person's staff, the host of a joint "
        "meeting, a minister who declined, and an office named alone.",
        ["m6:test_counterpart", "m6:test_greets_government", "m15:test_one_minister_with_other_staff_leads",
         "m16:test_the_ministry_met_in_the_occasions_sentence_leads",
         "m16:test_two_ministers_in_the_occasions_sentence_stay_the_government",
         "m16:test_a_party_in_brackets_keeps_the_staffs_ministry",
         "m18:test_the_minister_met_as_object_is_the_counterpart",
         "m18:test_the_host_of_a_joint_meeting_is_the_counterpart",
         "m18:test_two_ministries_without_a_host_stay_the_government",
         "m17:test_a_minister_who_declined_is_no_counterpart", "m17:test_declining_something_else_is_no_absence",
         "m13:test_an_office_named_alone_takes_the_ministry_a_later_mention_gives",
         "m19:test_the_split_keeps_counterpart_names_importable"]),
    "test_meeting_state_bodies.py": (
        "Counterparts that are no ministry (invented texts): the Storting holding a hearing, a state body or "
        "agency met (spelled as the text writes it in full), an agency head by title, and a guest from the "
        "state at a county board.",
        ["m13:test_a_hearing_the_storting_holds_has_the_storting_as_counterpart", "m13:test_no_storting_occasion",
         "m13:test_a_ministry_met_stays_the_counterpart_beside_a_storting_matter",
         "m13:test_a_meeting_with_a_state_body_has_it_as_counterpart", "m13:test_a_ministry_met_outranks_a_state_body",
         "m13:test_the_agencies_are_one_table_for_counterparts_and_addressees",
         "m18:test_an_agency_met_is_spelled_as_the_text_writes_it_in_full",
         "m14:test_an_agency_head_by_title_gives_the_agency",
         "m14:test_an_agency_head_beside_a_minister_leaves_the_ministry",
         "m13:test_a_guest_from_the_state_at_a_county_board_is_a_meeting",
         "m13:test_a_directorate_head_as_guest_of_a_board"]),
    # -------- meetings: the date
    "test_meeting_dates.py": (
        "Which date phrase dates the occasion (invented texts): the opening paragraph, day and month, a "
        "weekday, a range, a year left out, a year in the occasion's name, a time marker in another clause, a "
        "talk dated in its own sentence, a series of meetings and a moved meeting.",
        ["m7:test_meeting_dates", "m7:test_day_and_month", "m7:test_weekday_kept_against_other_dates",
         "m6:test_year_in_occasion_name", "m6:test_present_tense_meeting_dates_the_invitation",
         "m9:test_opening_paragraph_dates_the_visit", "m9:test_opening_gives_no_date", "m9:test_words_before_the_date",
         "m9:test_date_after_the_opening", "m8:test_date_opening_the_paragraph_after_the_lead",
         "m11:test_a_range_dates_its_first_day", "m11:test_the_weekday_fixes_the_year_left_out",
         "m12:test_a_time_marker_in_a_following_clause_does_not_move_the_date",
         "m12:test_a_date_in_a_sentence_of_another_time_still_dates_nothing",
         "m12:test_the_openings_day_and_month_outrank_a_later_bare_weekday",
         "m12:test_a_weekday_in_the_occasions_own_sentence_still_dates_it",
         "m14:test_a_talk_dated_in_its_own_sentence_keeps_that_date",
         "m15:test_a_meeting_of_a_series_is_dated_by_its_own_day",
         "m15:test_a_moved_meeting_is_dated_by_its_new_date"]),
    "test_publication_dates.py": (
        "The day a text speaks from (invented texts): the publication line, a byline or update line, a header "
        "of fields, a sidecar date, \"dagens møte\", a fact box on the event, and a lead's date without a "
        "publication date.",
        ["m8:test_todays_meeting_is_dated_by_publication", "m8:test_publication_line",
         "m8:test_sidecar_date_outranks_the_publication_line",
         "m12:test_publication_date_in_a_byline_or_an_update_line", "m9:test_publication_date_in_a_header_of_fields",
         "m9:test_lead_date_places_another_month_without_publication_date",
         "m12:test_a_fact_box_on_the_event_dates_a_talk_given_there",
         "m12:test_a_fact_box_on_something_else_dates_nothing", "m13:test_a_header_time_field_dates_the_occasion",
         "m13:test_a_date_in_running_text_after_dato_is_no_field"]),
    "test_other_time.py": (
        "What a text places at another time than its occasion (invented texts): another meeting's month, a "
        "season, a meeting still to come or to be held, a former office, the day before, words said at "
        "another time and a visit at another time.",
        ["m9:test_other_meetings_month_dates_nothing",
         "m14:test_a_season_other_than_the_season_of_publication_is_another_time",
         "m15:test_a_new_meeting_still_to_come_stays_another_time",
         "m15:test_a_month_beside_the_day_and_month_places_nothing_elsewhere",
         "m15:test_a_former_office_or_the_last_meeting_places_another_time",
         "m19:test_a_meeting_still_to_be_held_is_at_another_time", "m18:test_the_day_before_is_another_occasion",
         "m11:test_words_said_at_another_time_place_nobody_at_the_talk",
         "m11:test_a_visit_at_another_time_places_nobody",
         "m15:test_a_former_office_holder_at_an_earlier_meeting_is_no_participant"]),
    # -------- meetings: the type of occasion
    "test_meeting_types.py": (
        "The type of an occasion (invented texts): meeting, hearing, talk or other (annet), told by the event "
        "nouns, an invitation to a coming meeting, a body's own session, other kinds left as they were, and "
        "the anchor a specific cue gives over a plain meeting word.",
        ["m6:test_type_and_participants", "m7:test_occasion_types", "m7:test_body_handling_a_matter_in_a_meeting",
         "m7:test_hearings_are_occasions", "m8:test_invitation_to_a_coming_meeting",
         "m8:test_cue_after_a_quantifier_names_a_class_of_meetings", "m9:test_ministry_invitation_to_a_list",
         "m9:test_invitation_host_is_a_minister_as_subject", "m10:test_a_body_deciding_in_its_own_session_is_annet",
         "m10:test_debate_and_session_negatives", "m13:test_other_kinds_of_occasion_stay_as_they_were",
         "m17:test_a_specific_cue_anchors_the_occasion_over_a_plain_meeting_word",
         "m17:test_a_plain_meeting_of_its_own_kind_keeps_its_anchor",
         "m18:test_a_meeting_held_with_its_time_between_outranks_a_seminar_after_it_nn",
         "m18:test_a_meeting_held_with_its_time_between_nb", "m18:test_after_the_meeting_said_keeps_the_meeting_nb"]),
    "test_visits_and_meals.py": (
        "Visits and meals (invented texts): a visit told by the trip or a guided tour, no visit without its "
        "words, a meeting held with someone or with a state secretary, and a working meal or one a body "
        "invites to.",
        ["m11:test_a_visit_told_by_the_trip_is_a_visit_with_the_visitor",
         "m11:test_a_guided_tour_is_a_visit_and_its_guide_no_attendance_cue", "m11:test_no_visit_without_its_words",
         "m11:test_a_meeting_held_with_someone_is_a_meeting", "m12:test_a_meeting_with_a_state_secretary_is_a_meeting",
         "m15:test_a_working_meal_is_a_meeting", "m16:test_a_meal_a_body_invites_to_is_the_meeting",
         "m16:test_a_meal_at_home_is_no_meeting"]),
    "test_consultations.py": (
        "Consultations (invented texts): an invitation to a consultation meeting, a denied consultation, KS "
        "beside another organisation, a meeting outside the consultation scheme, and a consultation never "
        "held with a state body.",
        ["m8:test_invitation_to_a_consultation_meeting_is_a_consultation", "m9:test_denied_consultation",
         "m15:test_ks_beside_another_organisation_is_no_consultation", "m15:test_who_stands_beside_ks",
         "m19:test_a_meeting_outside_the_scheme_is_no_consultation", "m19:test_outside_the_scheme_is_told_by_the_text",
         "m16:test_a_consultation_is_never_held_with_a_state_body"]),
    "test_no_occasion.py": (
        "Texts that report no occasion of KS (invented texts): a debate or a matter alone, a meeting asked "
        "for or still to come, a preview of a consultation, a press conference, and a medium meeting the one "
        "it interviews; a conference and a meeting held after it was asked for still are occasions.",
        ["m6:test_no_occasion", "m7:test_public_debate_alone_reports_no_occasion",
         "m7:test_matter_handled_without_a_meeting_is_no_occasion", "m7:test_no_occasion_reported",
         "m10:test_the_debate_as_a_subject_is_no_occasion",
         "m14:test_a_preview_of_a_coming_consultation_is_no_consultation_held",
         "m15:test_a_meeting_to_come_named_in_the_body_is_no_occasion",
         "m15:test_a_medium_meeting_its_interviewee_is_no_occasion", "m17:test_a_meeting_asked_for_is_no_occasion",
         "m17:test_a_meeting_held_after_it_was_asked_for_is_the_occasion",
         "m19:test_a_press_conference_or_a_coming_meeting_makes_no_occasion",
         "m19:test_a_conference_is_still_an_occasion"]),
    "test_statement_reports.py": (
        "Statements and meeting reports (invented texts): a statement quoted under the report of its meeting "
        "or framed by it keeps the meeting, a statement with its label on top reports none, and a site menu "
        "is no opinion label.",
        ["m11:test_a_site_menu_is_no_opinion_label", "m11:test_an_opinion_label_still_makes_a_debate_piece",
         "m12:test_a_statement_quoted_under_the_report_of_its_meeting_keeps_the_meeting",
         "m12:test_a_statement_with_its_label_on_top_reports_no_meeting",
         "m14:test_a_statement_framed_by_its_meeting_reports_the_meeting",
         "m14:test_a_statement_without_a_meeting_in_its_frame_reports_none"]),
    "test_hearings.py": (
        "Hearings (invented texts): a committee holding a hearing is the occasion, a written round or a "
        "committee's report is none, a hearing on the budget is dated by its weekday; every organisation "
        "heard took part, the absent, the sources and those reacting did not.",
        ["m16:test_a_committee_holding_a_hearing_is_the_occasion",
         "m16:test_a_written_round_or_a_committees_report_is_no_hearing",
         "m14:test_every_organisation_heard_at_a_hearing_took_part",
         "m14:test_at_a_hearing_the_absent_and_the_sources_took_no_part",
         "m14:test_an_organisation_reacting_to_a_meeting_took_no_part",
         "m16:test_a_weekday_after_a_budget_word_names_a_day",
         "m16:test_a_hearing_on_the_budget_is_dated_by_its_weekday"]),
    "test_talk_notes.py": (
        "Talk notes and speech pages (invented texts): notes named by their header or label, drafts and key "
        "words written for a meeting, talking points, and the speaker and date of a speech page.",
        ["m8:test_talk_notes_by_header", "m9:test_talk_notes_name_the_speakers_around_the_talk",
         "m10:test_talking_points_for_a_meeting_with_a_minister",
         "m12:test_a_talk_draft_for_a_ministry_meeting_is_a_talk",
         "m12:test_a_talk_draft_for_an_internal_event_has_no_ministry",
         "m12:test_a_draft_or_key_words_for_anything_but_a_talk_name_no_talk",
         "m13:test_a_talk_label_is_a_header_label_and_a_cue", "m13:test_a_common_word_labels_a_talk_only_in_the_header",
         "m14:test_a_speech_page_gives_its_speaker_and_its_date", "m14:test_the_speaker_under_a_speech_page_header"]),
    "test_talks.py": (
        "Talks (foredrag) (invented texts): a talk to the government, the talk nouns, a talk told by what it "
        "did or named with a possessive, an agreement or a letter that is no talk, the talk cue read from the "
        "table, and the persons at a talk's own occasion.",
        ["m8:test_talk_thanking_two_ministers_speaks_to_no_single_ministry", "m6:test_talk_to_the_government",
         "m9:test_talk_nouns", "m7:test_talk_keeps_only_persons_at_its_own_occasion",
         "m10:test_talk_counterpart_through_a_ministry_person",
         "m11:test_a_talk_named_with_a_possessive_is_a_talk_and_the_answering_ministry_takes_part",
         "m11:test_an_arena_is_no_person", "m11:test_a_letter_named_with_a_possessive_is_no_talk",
         "m13:test_the_talk_cue_reads_the_table", "m13:test_a_board_leaders_talk_at_a_conference_stays_a_talk",
         "m15:test_a_talk_told_by_what_it_did", "m15:test_opening_something_else_is_no_talk",
         "m16:test_a_talk_held_is_a_talk", "m16:test_an_agreement_is_no_talk",
         "m18:test_a_talk_with_its_time_or_title_between_is_a_talk"]),
    # -------- meetings: minutes
    "test_meeting_minutes.py": (
        "Minutes and board statements (invented texts): the header of minutes gives the date, type and "
        "counterpart and lists who took part and who was absent; a board statement opening with its lead "
        "reports the meeting.",
        ["m13:test_minutes_date_type_and_counterpart_come_from_the_header",
         "m13:test_minutes_header_lists_who_took_part_and_who_was_absent", "m13:test_minutes_are_told_by_their_header",
         "m14:test_minutes_fields_list_who_met_and_who_was_absent",
         "m12:test_a_board_statement_opening_with_its_lead_reports_the_meeting_and_its_attendance_lines",
         "m12:test_a_contact_line_under_a_board_statement_is_no_participant", "m6:test_date_line_is_not_a_list_item"]),
    # -------- participants
    "test_participant_lists.py": (
        "Lists of those present and the persons holding a meeting (invented texts): lists under a lead-in "
        "line, a long heading that opens no list, and persons raising a matter at the meeting.",
        ["m6:test_list_of_those_present", "m7:test_lists_of_those_present",
         "m7:test_long_heading_about_other_participants_opens_no_list", "m7:test_persons_holding_the_meeting",
         "m7:test_raising_a_matter_at_the_meeting", "m9:test_who_was_there"]),
    "test_attendance.py": (
        "Who took part, told by attendance and absence (invented texts): attendance phrasings, absence in the "
        "perfect tense or a subordinate clause, hosts, companions, those at the table, a party sending a "
        "person, and a substitute's principal.",
        ["m7:test_attendance_phrasings", "m7:test_reported_absence_in_the_perfect_tense",
         "m7:test_absence_cue_in_a_content_clause", "m13:test_absence_in_a_subordinate_clause",
         "m11:test_those_seated_at_the_table_take_part", "m11:test_only_sitting_at_the_table_is_attendance",
         "m11:test_a_party_sending_a_named_person_is_attendance", "m12:test_the_hosts_who_receive_a_visitor_take_part",
         "m12:test_a_person_only_mentioned_beside_the_hosts_is_no_participant", "m8:test_companions",
         "m14:test_a_companion_named_after_the_particle_took_part",
         "m14:test_the_ks_building_is_a_place_not_the_party_met",
         "m19:test_the_minister_a_substitute_came_for_took_no_part"]),
    "test_participant_sources.py": (
        "Who is no participant (invented texts): an organisation, a represented body, a reaction from "
        "outside, a medium or a newspaper, and a speaker who is the source of a news report.",
        ["m6:test_organisation_is_no_participant", "m6:test_represented_organisation_is_no_person",
         "m7:test_organisation_not_party_to_the_meeting", "m6:test_reaction_from_outside_is_no_participant",
         "m6:test_source_named_after_its_context", "m6:test_speaker_to_a_newspaper_is_a_source",
         "m8:test_a_medium_spoken_to_is_no_participant", "m8:test_not_media",
         "m11:test_a_web_outlet_makes_its_speaker_a_source", "m14:test_a_newspaper_by_its_name_is_no_person",
         "m14:test_a_mayor_speaking_to_a_newspaper_is_a_source",
         "p17:test_tellings_read_the_speaker_and_the_medium_once", "p17:test_tellings_no_speaker_without_til"]),
    "test_participant_captions.py": (
        "Captions (invented texts): a caption placing those pictured names participants, only a caption "
        "opener makes a caption, and a news dateline is no caption label.",
        ["m11:test_a_caption_placing_those_pictured_names_participants",
         "m11:test_only_a_caption_opener_makes_a_caption", "m8:test_news_dateline_is_no_caption_label"]),
    "test_participant_presence.py": (
        "Participants by how the text tells presence or absence (invented texts, golden table): persons of "
        "another meeting or time, an occasion called off, lists under a lead-in line, and the many ways of "
        "being there.",
        ["p15:test_round15_participants"]),
    "test_participant_occasions.py": (
        "Participants on new writers' constructions (invented texts, golden table): lists, persons elsewhere, "
        "plans, substitutes, media and persons at the occasion.",
        ["p16:test_round16_participants"]),
    "test_participant_roles.py": (
        "Participants named by their role at the occasion, by written names and by absence (invented texts, "
        "golden table): middle initials, guest speakers and chairs, cancellations, greetings sent instead.",
        ["p17:test_round17_participants"]),
    "test_participant_layouts.py": (
        "Participants by layout, names, roles and absence (invented texts, golden table).",
        ["p18:test_round18_participants"]),
    # -------- demands
    "test_demand_lists.py": (
        "Demands in lists and sections (invented texts): relative clauses, lists, pronouns, pairs and "
        "partitives, numbered sections, and a lead-in list that ends at the next section.",
        ["d18:test_round18_demands", "d19:test_round19_sections",
         "m12:test_a_lead_in_list_ends_at_the_next_numbered_section"]),
    "test_demand_letters.py": (
        "Demands in letters and opinion pieces (invented texts): letters, letterheads and their sender, and "
        "the demand constructions pooled with them.",
        ["d17:test_round17_demands", "d19:test_round19_demands", "d19:test_letterhead_sender"]),
    "test_demand_spans.py": (
        "Where a demand's text begins and ends (invented texts): joined measures, a request after a "
        "continuation adverb or a \"when\" clause, attribution tails, pronoun actions, short infinitives, and a "
        "lead summary counted once.",
        ["d15:test_pronoun_clause_joins_measure", "d16:test_request_after_continuation_adverb",
         "d16:test_still_asked_after_when", "d16:test_attribution_tail_ends_action", "d19:test_round19_pronoun_actions",
         "d19:test_round19_short_infinitives", "d19:test_round19_have_pair_stays_one_measure", "x7:test_demands",
         "x7:test_lead_summary_counts_once", "x7:test_lead_summary_in_other_words",
         "x7:test_pronoun_object_repeats_demand"]),
    "test_not_demands.py": (
        "What is no demand (invented texts): look-alikes of requests, habitual consequences, what one is "
        "told, a denied request noun, a modal announcing a count, the government's saying, and lead-in lines "
        "in talk notes; with the demands kept beside them.",
        ["d15:test_lookalike_is_no_demand", "d15:test_demand_kept", "d15:test_not_only_still_asks",
         "d15:test_government_saying_is_no_demand_of_the_speaker", "d16:test_habitual_consequence_is_no_demand",
         "d16:test_what_one_is_told_is_no_demand", "x7:test_not_demands", "x7:test_distant_negation_of_request_noun",
         "x7:test_modal_announcing_a_count_asks_nothing",
         "m12:test_a_lead_in_line_with_an_adverb_is_no_demand_in_talk_notes"]),
    "test_claimants.py": (
        "Claimants (invented texts): associations of several words, acronyms spelled out, known names, body "
        "words that point back, KS boards and offices, and parties as written.",
        ["d16:test_association_of_several_words_claims", "d16:test_acronym_spelled_out", "d16:test_known_names_kept",
         "d16:test_lower_case_norsk_names_nobody", "d16:test_body_word_points_back", "d16:test_body_word_lookalike",
         "d17:test_association_names_after_the_literal_check", "c18:test_round18_claimants", "c18:test_board_office",
         "c18:test_party_written"]),
    "test_demand_claimants.py": (
        "Also an office or branch named by an acronym with a role and a place (\"NAV-leder i Nordby\"), an "
        "association's branch with its county, an acronym the text spells out, the staff of a municipal service "
        "speaking for the municipality, a place read as a speaker's organisation, and the county governor asked.",
        ["c17:test_round17_claimants"]),
    "test_demand_addressees.py": (
        "Also the police, the police directorate and the employers as the body that must act (and as the object of "
        "what another body must do, which keeps that body), and a minister's own words that the municipalities "
        "must act (a ministry's demand of them; municipalities that are compensated are not asked).",
        ["a19:test_round19_addressees", "d15:test_minister_asks_municipalities",
         "d15:test_compensated_municipalities_not_asked"]),
    # -------- statements
    "test_quotation_spans.py": (
        "Where a quotation ends and whose it is (invented texts): fact boxes, \"les også\" lines, lost dashes, "
        "guillemets, double quotes, a quotation cut off above a note or broken off with a dash.",
        ["s12:test_fact_box_items_are_no_quotation", "s12:test_fact_box_label_after_a_quotation_is_no_continuation",
         "s12:test_les_ogsaa_line_quoting_someone_is_no_statement",
         "s12:test_lost_dash_continuation_closed_by_attribution",
         "s12:test_third_person_paragraph_closed_by_attribution_does_not_claim_the_dash_paragraph",
         "s12:test_dash_after_dash_keeps_its_own_attribution",
         "s15:test_a_paragraph_closed_by_its_attribution_is_a_quotation",
         "s12:test_guillemet_line_without_end_mark_is_a_title",
         "s12:test_guillemet_sentence_after_a_quotation_still_continues",
         "s12:test_open_guillemet_paragraph_continued_without_marks", "s12:test_quotation_closed_by_a_double_quote",
         "s12:test_quotation_broken_off_with_a_dash", "s15:test_a_quotation_cut_off_above_a_note_is_still_one",
         "s17:test_guillemets_going_on_with_the_reported_predicate_are_no_quotation",
         "s17:test_guillemets_quoting_a_phrase_inside_reported_words_stay_a_quotation"]),
    "test_quotation_paragraphs.py": (
        "Which paragraphs a quotation runs on into (invented texts): a paragraph naming its speaker, first-"
        "person continuation, subheadings glued to a paragraph or summing it up, titles and labels.",
        ["s11:test_a_paragraph_naming_the_speaker_is_no_continuation",
         "s11:test_first_person_continuation_still_holds_in_news", "s11:test_subheading_summary_is_no_statement",
         "s11:test_title_label_quote_is_kept", "s15:test_a_subheading_without_a_blank_line_is_no_part_of_the_paragraph",
         "s15:test_a_credit_a_wrapped_sentence_or_a_short_line_stays_one_block",
         "m12:test_a_statement_title_of_one_long_sentence_is_still_a_title"]),
    "test_writer_voice.py": (
        "The writer's own voice (invented texts): an opinion writer reports their own view, comments in the "
        "writer's voice are no continuation, and talk notes quote with leave to quote.",
        ["s14:test_opinion_writer_reports_own_view", "s14:test_no_writer_statement",
         "s11:test_own_voice_comments_are_no_continuation", "s11:test_talk_quoting_with_leave_to_quote"]),
    "test_indirect_statements.py": (
        "Indirect statements (invented texts): verbs and frames of saying, a question asked, thanks, answers, "
        "concern with a clause or a noun phrase, and the negatives beside them.",
        ["s10:test_reported_after_verbs_and_frames", "s10:test_thanks_for_the_occasion_is_no_statement",
         "s10:test_negatives", "s10:test_negated_denials_and_titles", "s10:test_a_negated_denial_needs_its_clause",
         "s11:test_no_indirect_statement", "s11:test_a_question_without_colon_still_reports",
         "s11:test_thanks_with_a_view_still_report",
         "s11:test_noun_content_keeps_the_adjunct_the_parse_hangs_on_the_verb",
         "s12:test_answering_with_a_clause_reports_it_whole", "s12:test_answering_a_question_reports_nothing",
         "s12:test_nynorsk_inverted_particle_verbs", "s14:test_a_yes_no_question_is_the_askers_statement",
         "s14:test_no_question_statement"]),
    "test_statement_concerns.py": (
        "Concern and lead-ins before a colon (invented texts): concern with a clause or a noun phrase, an "
        "adjunct before a colon, a colon sentence that makes a person act, relative clauses on a speaker, "
        "appositions and nynorsk verb forms.",
        ["s12:test_concern_before_an_indirect_question_reports_nothing",
         "s12:test_concern_with_a_content_clause_still_reports", "s14:test_concern_with_a_noun_phrase_is_no_statement",
         "s14:test_concern_with_a_clause_is_a_statement",
         "s14:test_concern_without_its_preposition_still_reports_a_clause",
         "s14:test_adjunct_before_a_colon_is_not_said", "s14:test_content_with_at_before_colon_still_reported",
         "s15:test_a_colon_sentence_that_makes_a_person_act_announces_their_quotation",
         "s15:test_a_colon_sentence_that_names_an_object_only_announces_nobody",
         "s15:test_a_relative_clause_on_a_quotations_speaker_reports_more",
         "s15:test_a_relative_clause_without_a_verb_of_saying_reports_nothing",
         "s15:test_an_apposition_subject_before_a_predicate_with_a_comma_clause",
         "s15:test_nynorsk_forms_and_verbs_that_report_with_a_clause",
         "s15:test_the_same_verbs_without_a_clause_report_nothing"]),
    "test_speaker_resolution.py": (
        "Whose words a pronoun or a quotation gives (invented texts): the antecedent of a pronoun after a "
        "person, an organisation, an unnamed person or a photo caption, and a quoted speaker reporting "
        "another person.",
        ["s12:test_pronoun_after_an_organisation_and_a_person_is_the_person",
         "s12:test_pronoun_after_an_actor_alone_is_the_actor",
         "s12:test_pronoun_after_a_photo_caption_is_the_story_speaker",
         "s11:test_title_after_a_pronoun_is_not_the_next_pronoun",
         "s14:test_pronoun_after_an_unnamed_person_is_not_the_named_one",
         "s14:test_named_person_after_unnamed_one_still_speaks",
         "s14:test_a_thing_named_like_a_role_is_no_unnamed_person",
         "s14:test_unnamed_person_in_the_named_ones_sentence_does_not_block",
         "s14:test_unnamed_person_inside_a_quotation_is_no_antecedent",
         "s17:test_a_quoted_speaker_reports_another_person", "s17:test_no_other_person_in_the_quotation"]),
    "test_speaker_names.py": (
        "Speakers' names and titles (invented texts): a role is no name, a genitive or an office before a "
        "name is no part of it, titles with a place or body, Sami names, and titles that name their holder.",
        ["s10:test_a_doctor_by_post_is_a_role_not_a_name", "s11:test_found_with_speaker",
         "s11:test_doctors_president_by_title", "s11:test_organisation_title_prefers_its_own_leader_to_a_county_leader",
         "s12:test_county_governor_title_is_no_part_of_the_name", "s14:test_genitive_before_a_name_is_no_part_of_it",
         "s14:test_office_before_a_name_is_no_part_of_it", "s15:test_sami_names_and_titles",
         "s15:test_a_title_with_its_place_or_body_refers_to_the_office_holder",
         "s17:test_short_minister_title_names_the_speaker", "x7:test_speakers"]),
    "test_statement_boxes.py": (
        "Question-and-answer boxes, plain interviews and other statement constructions (invented texts, "
        "golden tables): plain question lines, outlets and unnamed speakers, titles, datelines and colon "
        "lead-ins, and a plain interview announced above a byline.",
        ["s6:test_round6_statements", "s6:test_round6_not_statements", "s6:test_outlets_and_indefinites_are_no_persons",
         "s6:test_round6_known_failures", "s17:test_plain_interview_announced_above_a_byline",
         "s17:test_answer_opening_with_a_question_of_its_own_goes_on",
         "s17:test_plain_questions_with_no_interview_announced_give_nothing"]),
}

# helpers needed by tests in more than one new file (or clashing with another helper of the same name in one)
# live in extract_kit.py: (old key, helper) -> its name there. An alias names an existing function of the kit
# (nothing is added); any other entry adds the helper's definition to the kit under that name.
KIT: dict[tuple[str, str], str] = {
    ("m6", "_meeting"): "meeting_of", ("m14", "_meeting"): "extracted_meeting",
    ("m17", "_meeting"): "extracted_meeting",
    ("m15", "_meeting"): "meeting_in_may", ("m16", "_meeting"): "meeting_in_may", ("m18", "_meeting"): "meeting_in_may",
    ("m19", "_meeting"): "meeting_in_october",
    ("m7", "_names"): "participants_in", ("m14", "_names"): "participant_names_of",
    ("p16", "_names"): "participant_names", ("p17", "_names"): "participant_names",
    ("p18", "_names"): "participant_names",
    ("s12", "rows"): "rows_with_rule", ("s14", "rows"): "rows_without_full_stop",
    ("s15", "rows"): "rows_without_full_stop", ("s17", "rows"): "rows_first_words",
    ("s14", "params"): "cases_not_yet", ("s14", "XFAIL"): "NOT_YET",
}

# the file that takes the tests of an old file none of whose tests TARGETS names, by the old file's name
SUBJECTS: dict[str, str] = {
    "test_": "test_meeting_types.py", "test_meetings_": "test_meeting_types.py",
    "test_participants_": "test_attendance.py", "test_demands_": "test_demand_spans.py",
    "test_demand_claimants_": "test_claimants.py", "test_demand_addressees_": "test_demand_addressees.py",
    "test_claimants_": "test_claimants.py", "test_addressees_": "test_demand_addressees.py",
    "test_precision_": "test_not_demands.py", "test_statements_": "test_indirect_statements.py",
    "test_speakers_": "test_speaker_names.py", "test_quotations_": "test_quotation_spans.py",
}

# tables renamed in their new file because another table there has their name: (old key, name) -> new name
RENAMED: dict[tuple[str, str], str] = {
    ("m11", "TALK_NB"): "TALK_POSSESSIVE_NB", ("m14", "MINUTES_NB"): "MINUTES_FIELDS_NB",
    ("m14", "MINUTES_NN"): "MINUTES_FIELDS_NN", ("m6", "TALK"): "TALK_TO_GOVERNMENT", ("m16", "TALK"): "TALKS_HELD",
    ("m6", "TYPES"): "TYPES_AND_PARTICIPANTS", ("s11", "OPINION"): "OPINION_PIECE",
    ("s11", "OPINION_NN"): "OPINION_PIECE_NN",
}

FIRST_PARTY = {"flows", "extract_kit", "tests", "conftest"}
THIRD_PARTY = {"pytest", "_pytest"}
LINE_LENGTH = 120


@dataclass(frozen=True)
class ImportSpec:
    """One bound name of an import: `import module [as alias]` (name None) or `from module import name [as alias]`."""
    module: str
    name: str | None
    alias: str | None

    @property
    def bound(self) -> str:
        if self.alias:
            return self.alias
        return self.name if self.name is not None else self.module.split(".")[0]


@dataclass
class Unit:
    """One top-level statement of a test file (a test, a helper or a table) with the comment lines above it."""
    names: list[str]
    text: str
    uses: set[str]
    is_def: bool


@dataclass
class TestFile:
    path: Path
    imports: dict[str, ImportSpec] = field(default_factory=dict)
    units: list[Unit] = field(default_factory=list)
    by_name: dict[str, Unit] = field(default_factory=dict)
    import_end: int = 0  # last line (1-based) of the last top-level import
    group_end: dict[int, int] = field(default_factory=dict)  # the same, per group of imports (stdlib, ...)

    def deps(self, name: str) -> list[str]:
        """The top-level names a unit needs (transitively), in the file's order."""
        seen: set[str] = set()
        stack = [name]
        while stack:
            for used in self.by_name[stack.pop()].uses:
                if used in self.by_name and used not in seen and used != name:
                    seen.add(used)
                    stack.append(used)
        return [n for u in self.units for n in u.names if n in seen]


def read(path: Path) -> TestFile:
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    out = TestFile(path)
    prev_end = 0
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            if isinstance(node, ast.ImportFrom):
                for a in node.names:
                    spec = ImportSpec(node.module or "", a.name, a.asname)
                    out.imports[spec.bound] = spec
            else:
                for a in node.names:
                    spec = ImportSpec(a.name, None, a.asname)
                    out.imports[spec.bound] = spec
            out.import_end = node.end_lineno or node.lineno
            first = ImportSpec(node.module or "", "", None) if isinstance(node, ast.ImportFrom) else \
                ImportSpec(node.names[0].name, None, None)
            out.group_end[group_of(first)] = out.import_end
            prev_end = out.import_end
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node is tree.body[0]:
            prev_end = node.end_lineno or node.lineno
            continue
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            raise SystemExit(f"{path}: cannot carry the statement at line {node.lineno}")
        chunk = lines[prev_end:node.end_lineno]
        while chunk and not chunk[0].strip():
            chunk.pop(0)
        text = "".join(chunk).rstrip() + "\n"
        uses = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        unit = Unit(names, text, uses, isinstance(node, ast.FunctionDef | ast.ClassDef))
        out.units.append(unit)
        for n in names:
            out.by_name[n] = unit
        prev_end = node.end_lineno or node.lineno
    return out


def rename(text: str, renames: dict[str, str]) -> str:
    """`text` with every name token in `renames` replaced (strings and comments untouched)."""
    if not renames:
        return text
    toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
    out: list[str] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln))
    pos = 0
    for tok in toks:
        if tok.type == tokenize.NAME and tok.string in renames:
            start = offsets[tok.start[0] - 1] + tok.start[1]
            end = offsets[tok.end[0] - 1] + tok.end[1]
            prev = text[:start].rstrip()
            if prev.endswith("."):
                continue
            out.append(text[pos:start])
            out.append(renames[tok.string])
            pos = end
    out.append(text[pos:])
    return "".join(out)


def group_of(spec: ImportSpec) -> int:
    root = spec.module.split(".")[0]
    if root == "__future__":
        return 0
    if root in FIRST_PARTY:
        return 3
    if root in THIRD_PARTY or root not in sys.stdlib_module_names:
        return 2
    return 1


def render_imports(specs: set[ImportSpec]) -> str:
    groups: dict[int, list[str]] = defaultdict(list)
    plain = sorted({s for s in specs if s.name is None}, key=lambda s: (s.module, s.alias or ""))
    for s in plain:
        groups[group_of(s)].append(f"import {s.module}" + (f" as {s.alias}" if s.alias else ""))
    froms: dict[str, list[ImportSpec]] = defaultdict(list)
    for s in specs:
        if s.name is not None:
            froms[s.module].append(s)
    for module in sorted(froms):
        names = sorted({(s.name or "") + (f" as {s.alias}" if s.alias else "") for s in froms[module]})
        head = f"from {module} import "
        line = head + ", ".join(names)
        if len(line) > LINE_LENGTH:
            parts: list[str] = []
            cur = head + "("
            for i, n in enumerate(names):
                piece = n + (", " if i < len(names) - 1 else ")")
                if len(cur) + len(piece.rstrip()) > LINE_LENGTH:
                    parts.append(cur.rstrip())
                    cur = " " * 4 + piece
                else:
                    cur += piece
            parts.append(cur.rstrip())
            line = "\n".join(parts)
        groups[group_of(froms[module][0])].append(line)
    return "\n\n".join("\n".join(groups[g]) for g in sorted(groups) if groups[g])


def join_units(units: list[Unit]) -> str:
    out = ""
    prev: Unit | None = None
    for u in units:
        if prev is not None:
            out += "\n\n" if (u.is_def or prev.is_def) else "\n"
        out += u.text
        prev = u
    return out


KIT_FILE = "extract_kit.py"
KIT_HEADER = "# helpers shared by the golden tests of several subject files (moved here from the round-named files)"


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else Path(".")
    tests = root / "tests"
    if "--round20" in argv:  # the other helpers' new round files too, by the subject their name gives
        for path in sorted(tests.glob("test_*_round20.py")):
            OLD[path.stem] = path.name
    old = {key: read(tests / name) for key, name in OLD.items() if (tests / name).exists()}
    for key, name in OLD.items():
        if key not in old:
            print(f"note: {name} is gone; its tests are not moved")
    # every test's target: the mapping, else the file that takes most of its old file's tests
    target_of: dict[tuple[str, str], str] = {}
    order: dict[str, list[tuple[str, str]]] = {t: [] for t in TARGETS}
    for target, (_, items) in TARGETS.items():
        for item in items:
            key, test = item.split(":")
            if key not in old or test not in old[key].by_name:
                print(f"note: {item} no longer exists; skipped")
                continue
            target_of[(key, test)] = target
            order[target].append((key, test))
    for key, f in old.items():
        counts: dict[str, int] = defaultdict(int)
        for (k, _), t in target_of.items():
            if k == key:
                counts[t] += 1
        for u in f.units:
            for n in u.names:
                if n.startswith("test") and (key, n) not in target_of:
                    fallback = max(TARGETS, key=lambda t: (counts[t], -list(TARGETS).index(t))) if counts else \
                        SUBJECTS[max((p for p in SUBJECTS if f.path.name.startswith(p)), key=len)]
                    print(f"note: {key}:{n} has no mapping; it goes to {fallback} (where most of {f.path.name} goes, "
                          f"or its subject)")
                    target_of[(key, n)] = fallback
                    order[fallback].append((key, n))
    kit_path = tests / KIT_FILE
    kit = read(kit_path)
    kit_text = {n: u.text for n, u in kit.by_name.items()}
    # where each helper is needed, and which clash
    helper_targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (key, test), target in target_of.items():
        for dep in old[key].deps(test):
            helper_targets[(key, dep)].add(target)
    renames: dict[str, dict[str, str]] = defaultdict(dict)
    for (key, dep), name in RENAMED.items():
        renames[key][dep] = name

    def clashes(skip: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """The helpers (key, name) whose name, in a file they go to, is held by another helper's other text."""
        texts: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (key, dep), targets in helper_targets.items():
            if (key, dep) not in skip:
                for t in targets:
                    texts[(t, renames[key].get(dep, dep))].add(rename(old[key].by_name[dep].text, renames[key]))
        return {(key, dep) for (key, dep), targets in helper_targets.items() if (key, dep) not in skip
                and any(len(texts[(t, renames[key].get(dep, dep))]) > 1 for t in targets)}

    # the same helper (name and text) written in several old files counts as one
    same: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (key, dep), targets in helper_targets.items():
        same[(dep, old[key].by_name[dep].text)] |= targets
    helper_targets = {(key, dep): same[(dep, old[key].by_name[dep].text)] for (key, dep) in helper_targets}
    to_kit: dict[tuple[str, str], str] = {}
    for (key, dep), targets in sorted(helper_targets.items()):
        if kit_text.get(dep) == old[key].by_name[dep].text:
            to_kit[(key, dep)] = dep  # the kit's own helper, written out again
        elif (len(targets) > 1 or (key, dep) in clashes(set())) and (key, dep) in KIT:
            to_kit[(key, dep)] = KIT[(key, dep)]
    problems = [f"{key}:{dep} is needed by {sorted(helper_targets[(key, dep)])}: map its tests to one file, or "
                f"give it a name in KIT" for (key, dep), targets in sorted(helper_targets.items())
                if (key, dep) not in to_kit and len(targets) > 1]
    problems += [f"{key}:{dep} clashes with another of its name: give it a name in RENAMED or KIT"
                 for key, dep in sorted(clashes(set(to_kit)))]
    if problems:
        raise SystemExit("\n".join(problems))
    # a helper moved to the kit takes the helpers it uses with it
    changed = True
    while changed:
        changed = False
        for (key, dep) in list(to_kit):
            for sub in old[key].deps(dep):
                if (key, sub) not in to_kit:
                    if (key, sub) not in KIT:
                        raise SystemExit(f"{key}:{sub} is used by a kit helper: give it a name in KIT")
                    to_kit[(key, sub)] = KIT[(key, sub)]
                    changed = True
    for (key, dep), name in to_kit.items():
        if name != dep:
            renames[key][dep] = name
    # the kit's additions
    kit_units: list[Unit] = []
    kit_imports: set[ImportSpec] = set()
    added: dict[str, str] = {}
    def place(item: tuple[tuple[str, str], str]) -> tuple[int, int]:
        (key, dep), _ = item
        return list(OLD).index(key), old[key].units.index(old[key].by_name[dep])

    for (key, dep), name in sorted(to_kit.items(), key=place):
        unit = old[key].by_name[dep]
        text = rename(unit.text, renames[key])
        value = getattr(ast.parse(text).body[0], "value", None)
        if isinstance(value, ast.Name) and value.id == name:
            continue  # an alias of a kit function
        if name in kit_text:
            if kit_text[name] != text:
                raise SystemExit(f"{key}:{dep} as {name} differs from the kit's {name}")
            continue
        if name in added:
            if added[name] != text:
                raise SystemExit(f"{key}:{dep} as {name} differs from another helper named so")
            continue
        added[name] = text
        kit_units.append(Unit([name], text, unit.uses, unit.is_def))
        for used in unit.uses:
            spec = old[key].imports.get(used)
            if spec is not None and spec.module != "extract_kit" and used not in kit.imports:
                kit_imports.add(spec)
    kit_names = set(kit_text) | set(added)
    outputs: dict[Path, str] = {}
    if kit_units:
        outputs[kit_path] = extend(kit_path, kit, kit_imports, kit_units, header=KIT_HEADER)
    for target, items in order.items():
        if not items:
            continue
        doc, _ = TARGETS[target]
        path = tests / target
        existing = read(path) if path.exists() else None
        units: list[Unit] = []
        emitted: dict[str, str] = {}
        imports: set[ImportSpec] = set()
        for key, test in items:
            f = old[key]
            for name in [*f.deps(test), test]:
                unit = f.by_name[name]
                if (key, name) in to_kit:
                    continue
                text = rename(unit.text, renames[key])
                local = renames[key].get(name, name)
                if local in emitted:
                    if emitted[local] != text:
                        raise SystemExit(f"{target}: two different {local}")
                    continue
                if existing is not None and local in existing.by_name:
                    if existing.by_name[local].text != text:
                        raise SystemExit(f"{target}: {key}:{name} differs from the file's own {local}")
                    continue
                emitted[local] = text
                units.append(Unit([local], text, unit.uses, unit.is_def))
                uses = {n.id for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Name)}
                for used in sorted(uses):
                    if used in {v for (k, _), v in to_kit.items() if k == key}:
                        imports.add(ImportSpec("extract_kit", used, None))
                    elif used in f.imports:
                        imports.add(f.imports[used])
        if existing is not None:
            bound = set(existing.imports) | set(existing.by_name)
            outputs[path] = extend(path, existing, {s for s in imports if s.bound not in bound}, units, doc=doc)
        else:
            text = f'"""{wrap_doc(doc)}"""\nfrom __future__ import annotations\n\n'
            text += render_imports({s for s in imports if s.module != "__future__"}) + "\n\n\n" + join_units(units)
            outputs[path] = text
    for key, f in old.items():
        f.path.unlink()
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    for path in sorted(outputs):
        print(f"{path.relative_to(root)}: {text_lines(outputs[path])} lines")
    return 0


def text_lines(text: str) -> int:
    return len(text.splitlines())


def wrap_doc(doc: str, start: int = 3) -> str:
    """`doc` in lines of at most LINE_LENGTH characters, the first one starting at column `start`."""
    words = doc.split()
    lines: list[str] = []
    cur = ""
    for w in words:
        width = LINE_LENGTH - (start if not lines else 0) - 3
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


def extend(path: Path, existing: TestFile, imports: set[ImportSpec], units: list[Unit], header: str = "",
           doc: str | None = None) -> str:
    """An existing file with more imports (after its last import) and more units (at its end)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    tree = ast.parse("".join(lines))
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.lineno == node.end_lineno and node.module:
            more = {s for s in imports if s.module == node.module and s.name is not None}
            if more:
                have = {ImportSpec(node.module, a.name, a.asname) for a in node.names}
                lines[node.lineno - 1] = render_imports(have | more) + "\n"
                imports = imports - more
    if doc:
        first = tree.body[0]
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            end = (first.end_lineno or first.lineno) - 1
            closing = lines[end].rstrip("\n")
            assert closing.endswith('"""')
            body = closing[:-3]
            text = wrap_doc(doc, start=len(body) + 1)
            lines[end] = body + (" " if len(body) + 1 + len(text.split("\n")[0]) <= LINE_LENGTH else "\n") + \
                text + '"""\n'
    for group in (3, 2, 1):
        new_imports = render_imports({s for s in imports if s.module != "__future__" and group_of(s) == group})
        if new_imports:
            at = existing.group_end.get(group, existing.import_end)
            lines.insert(at, new_imports + "\n")
    body = "".join(lines).rstrip() + "\n\n\n" + (header + "\n" if header else "") + join_units(units)
    return body


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

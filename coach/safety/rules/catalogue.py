"""Every phrase rule, in the order the engine tries them.

``find_hits`` reports hits in rule order and stops a rule at its first match, so the order is part
of the behaviour: the category modules hold the rules, ``ORDER`` fixes the sequence. The first six
blocks are each category's direct wordings; the last three cycle through the categories. A name
listed twice is two rules of that name, taken in the order their module defines them.
"""

from __future__ import annotations

from collections import defaultdict, deque

from coach.safety.rules import (
    child_harm,
    coercive_control,
    self_harm,
    sexual_coercion,
    threats,
    violence,
)
from coach.safety.rules.model import Rule

ORDER: tuple[str, ...] = tuple(
    " ".join(
        (
            # self-harm and suicide
            """
            suicide_word deeper_than_usual past_self_harm kid_self_harm want_to_die not_want_to_live wish_dead better_off no_one_would_notice notice_gone
            nobody_would_miss hardly_notice gone_plans not_around burden_sorry burden burden_feel
            nothing_to_live_for tired_of_existing done_with_life thoughts_of_ending not_wake_up
            not_scared_of_dying goodbye_letters sorry_goodbye handover my_things pills_fixation method_signs
            if_something_happens worth_going_on no_future letter_to_you not_coming_back without_me only_way_out
            rather_not_have_one last_message spare_the_clearing edge_pull drawn_to_drop self_immolation too_close_to_edge giving_away_goodbye not_planning_to_be_here pill_count easy_step means_kept favour farewell_signs giving_away wont_need stockpile pills_ready means_with_drink
            took_pills how_to_die edge going_to_edge jump rope research_heights self_injury self_injury_body
            self_injury_marks hidden_harm_signs taken_in_sleep wouldnt_mind_dying where_things_are voices covered_if tonight_the_night end_plan crash_car pain_stop do_it_tonight
            not_suicidal what_point cant_go_on mood withdrawal substances eating meds_given_up meds_stopped crisis_team
        """,
            # violence
            """
            tied_up hit blow_to_body push grab grab_body held_neck smother body_attack tried_to_kill drag_pin throw_at
            slam_part knocked injury get_hurt so_badly physical fear_for_life going_to_kill_me weapon_use
            gun_menace accident_claim object_on_body cover_story injury_named scald torture ready_to_run quoted_fall not_responding animal_cruelty
            scare_drive casual_blow made_me_do attack_intent never_hit property_violence intimidation
        """,
            # sexual coercion
            """
            job_for_sex woke_with_them rape said_no forced_sex asleep_sex no_memory_consent condom filmed sex_or_else sex_to_avoid
            wont_let_sleep unwanted_touch sex_unwanted no_for_an_answer non_consent_acts woke_to
            incapacitated_sex wear_down sex_ultimatum image_shared hold_down_sex
            no_right_to_refuse worn_down_no
        """,
            # threats
            """
            severe_threat break_your harm_threat you_will_pay death_imagery possess kids_threat accuse_threat
            immigration image_threat image_threat_indirect send_threat outing threatened leave_threat arson
            pet_threat something_bad ruin_threat stalking self_harm_threat find_you_anywhere no_one_else_can
        """,
            # coercive control
            """
            wont_let_me not_allowed permission documents_taken passwords monitoring tracking check_in
            decides_for_me isolation posed_as_me turned_against timed locked_from_outside held_and_owed locked_in forbid_and_act ultimatum_isolation ownership
            degradation proper_wife money_withheld financial_abuse control_soft put_down
        """,
            # harm to children
            """
            kid_hit kid_hit_pronoun shaken_baby kid_throw_at kid_locked kid_room_locked kid_punishment_harsh
            kid_hair kid_intimate_care kid_left_alone kid_drunk_driving kid_food kid_neglect kid_punish
            grooming_age kid_told_not_to_tell kid_secret kid_grooming_contact kid_alone_with kid_made_to kid_does_things kid_private
            kid_inappropriate kid_night_room kid_degrade kid_injury kid_injury_story kid_harm_intent kid_abuse kid_drunk_care
            kid_yell kid_concern
        """,
            # broader phrasings: verb and object families the narrower rules leave out
            """
            self_injury_verbs disappear_forever dying_thoughts how_id_do_it let_go_wheel rough_when cover_lie
            sex_wont_stop sex_until_gave_in sex_to_placate sex_too_scared sex_if_loved sex_head_down sex_despite
            sex_entitled expose_images knows_where watching_you not_responsible no_work_allowed
            account_every_penny timed_outings kid_alone_with method_search means_saved took_a_load
            engine_running dont_trust_myself worth_more_dead hide_marks keep_hurting vehicle_at no_not_option
            hold_down_refusal drugged no_protection endure_sex false_blame end_up_like weapon_display
            look_like_accident snap_one_day stopped_me_going kid_thrown wish_not_wake cut_again expose_if
            knock_about youre_next poison consent_unneeded did_it_anyway shared_me allowed_list monitors_comms
            kid_mouth_soap kid_injury_after proof_of_whereabouts
        """,
            # the other voice: the partner who does it, speaking to the person it is done to
            """
            force_minimised made_me_hit lasting_harm down_with_me harm_promise consent_denied rumour_or hand_it_over holding_yours say_so
            implement_on_kid confined kid_silenced gone_soon make_it_easy wont_be_here_sorry broke_body
            black_and_blue something_to_cry_about blade_ritual taken_something hitting_habit still_doing_it
            cant_escape interrogated_minutes orders_you imperative_sex partner_voice_harm threat_objects
            kid_belt_threat insurance_sorted burn_or_cut_threat
        """,
            # structure: who did what to whom, in any voice
            """
            severe_reported cover_story_told injury_from near_miss got_what_deserved held_down silence_or_else
            see_what_happens kept_media media_everywhere dont_come_home you_have_me reads_yours denied_means
            discredited timed_outings body_is_mine plied_drunk worn_down sex_owed distress_dismissed no_wake_up
            if_i_were_gone kid_deprived provoked_consequence knocks_about broke_my_bone own_strength
            regret_the_day obey_or_media pressured_into keep_going_anyway need_permission proof_demanded
            cut_off_family earn_your_freedom future_absence final_note method_dwelling sleep_forever
            dependants_arranged dont_look_for_me kid_lesson_harm pillow_over_face impaired_with_kids
            left_alone_young secret_what_i_do hid_injury gouged too_tired_to_refuse entitled_to_sex
            one_call_from_me hand_over_pay checks_the_trail not_meant_to unless_escorted cant_switch_off
            sedated_child exposure_punishment no_longer_need once_im_gone would_anyone_notice picturing_method
            prevents_autonomy takes_earnings rations_money watches_constantly owns_passwords turned_against
            no_future_no_way_out treasures_handed_over gave_away_wont_need gave_in_after_no went_on_while_distressed worn_to_yes
            no_say_no out_of_it_did_stuff leave_unless_sex just_lie_there refused_too_late said_stop_didnt
            money_gatekept watched_daily cut_off_daily speaks_for_me drives_me_everywhere gave_in_to_end_it
            no_not_accepted sex_as_payment unconscious_or_stealth kept_from_money kept_from_life
        """,
        )
    ).split()
)


def _assemble() -> tuple[Rule, ...]:
    pending: defaultdict[str, deque[Rule]] = defaultdict(deque)
    for module in (self_harm, violence, sexual_coercion, threats, coercive_control, child_harm):
        for rule in module.rules():
            pending[rule.name].append(rule)
    ordered: list[Rule] = []
    for name in ORDER:
        if not pending[name]:
            raise RuntimeError(f"ORDER names rule {name!r} more often than the modules define it")
        ordered.append(pending[name].popleft())
    left = sorted(name for name, queue in pending.items() if queue)
    if left:
        raise RuntimeError(f"rules missing from ORDER: {', '.join(left)}")
    return tuple(ordered)


RULES: tuple[Rule, ...] = _assemble()

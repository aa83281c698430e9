"""An interview labels the interviewer's turns with the publication's own name ("The Bay Weekly: ..."), the name its
masthead prints on a line of its own: those turns ask and comment, never a quote, whether or not they end in a
question mark (here two of four do not). fresh38/f3813 drafted the interviewer's four turns as quotes (read after
fresh38 was scored). The pages are made up."""

from __future__ import annotations

from tests.ingest.drafting import attributions, draft

PAGE = (
    "The Bay Weekly\nPolitics | Economy | Interviews\n\n"
    "Petru Zaric: \"The cable will outlast all of us\"\n\n"
    "Interview by Karin Aske | Friday 16 February 2029\n\n"
    "Petru Zaric has been Varnia's prime minister for three years. We met in his office in Sarnova.\n\n"
    "The Bay Weekly: The cable ship sails next week. Are you nervous?\n"
    "Zaric: Nervous is the wrong word. I am impatient.\n\n"
    "The Bay Weekly: The fishermen in Lunde are not shaking hands.\n"
    "Zaric: They are right to be angry about the bridge.\n\n"
    "The Bay Weekly: Your opponents say Varnia pays for a cable that mainly helps Kessel.\n"
    "Zaric: The electrons do not carry passports.\n\n"
    "The Bay Weekly: Will Saldora ever join the patrol?\n"
    "Zaric: Ask Veltra.\n"
)


def test_only_the_interviewee_s_answers_are_quotes() -> None:
    found = {text: who for text, who, _, _ in attributions(draft(PAGE))}
    assert set(found) == {"Nervous is the wrong word. I am impatient.", "They are right to be angry about the bridge.",
                          "The electrons do not carry passports.", "Ask Veltra."}
    assert all(who == ["Petru Zaric"] for who in found.values())

//! The fixed texts of a profile, in the project's own words.

pub const OBJECTIVES: &[&str] = &[
    "The Migration Governance Indicators help a government that asks for them to take stock of its migration \
     policies and strategies, to see what works well and where there is room to do more.",
    "They open a conversation between the government and other stakeholders about priorities. The government \
     owns the process, at national and at local level, and uses it to improve how migration is managed over time.",
];

pub const INTRODUCTION: &[&str] = &[
    "The indicators are a starting point for a consultative process. They help a government identify areas that \
     are well developed, areas that would benefit from further development, and priorities that fit the \
     challenges and opportunities of its own context.",
    "Taking part is voluntary. The indicators respect national specificities and do not propose one model for \
     every country. They do not rank countries, and they do not measure policy outcomes or how well institutions \
     perform: they record which policies, laws, institutions and practices are in place.",
];

pub const FRAMEWORK_INTRO: &str = "IOM's Migration Governance Framework (MiGOF) sets out three principles and \
three objectives for well-managed migration. The indicators group about ninety questions under six domains, one \
for each principle and objective:";

pub const AFTER: &[&str] = &[
    "The results can inform policy work, with support from IOM where the government wishes.",
    "The findings can feed capacity-building activities.",
    "A follow-up assessment some years later can show the progress made.",
    "Governments can exchange good practices with others that have taken part in the process.",
];

pub const PROCESS: &[(&str, &str)] = &[
    (
        "Launch.",
        "Government officials are briefed on what the assessment involves, so that the process has their full support.",
    ),
    (
        "Data collection and analysis.",
        "Researchers gather evidence against the indicators and draft a profile, which is shared with the government.",
    ),
    (
        "Inter-ministerial consultation.",
        "Ministries and other stakeholders discuss the draft: good practices, gaps and priorities.",
    ),
    (
        "Publication.",
        "Once the government has validated the final profile, it is published.",
    ),
];

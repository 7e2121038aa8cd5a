"""Word lists the extraction stages share: event triggers, sources, casualty and cue words.

Owns data only (as code, like spaCy's ``lang/ar``): every phrase is matched on folded
text by ``rasid.text.match.PhraseMatcher``, so hamza, ta marbuta and ya variants need
not be listed, but different words, plurals and verb forms must be.
"""

from __future__ import annotations

# Triggers: phrase -> ACLED sub-event type. Longer phrases win over their parts, so
# "قصف جوي" (air) beats "قصف" (shelling).
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"
CLASH = "Armed clash"
NSA_TERRITORY = "Non-state actor overtakes territory"
GOV_TERRITORY = "Government regains territory"
VAC_ATTACK = "Attack"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
ARRESTS = "Arrests"
CHANGE = "Change to group/activity"
TRANSFER = "Non-violent transfer of territory"
DISRUPTED = "Disrupted weapons use"
LOOTING = "Looting/property destruction"
AGREEMENT = "Agreement"
BASE = "Headquarters or base established"
PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
VIOLENT_DEMO = "Violent demonstration"
MOB = "Mob violence"

TERRITORY = "territory"  # resolved to NSA_TERRITORY or GOV_TERRITORY by the actor's inter code

TRIGGERS_AR: dict[str, tuple[str, ...]] = {
    AIR: (
        "غارة", "غارات", "غارة جوية", "غارات جوية", "ضربة جوية", "ضربات جوية", "قصف جوي", "القصف الجوي",
        "طائرة مسيرة", "طائرات مسيرة", "مسيرة", "مسيرات", "مسيرة انتحارية", "مسيرات انتحارية",
        "غارتين", "غارتين جويتين", "طائرة انتحارية", "طائرات انتحارية", "طائرة مسيرة انتحارية", "طائرات مسيرة انتحارية", "بمسيرة", "مسيرتين", "طائرتين مسيرتين", "الطيران الحربي", "طائرات حربية",
        "طائرة حربية", "الطيران المسير", "براميل متفجرة", "برميل متفجر", "سلاح الجو", "طائرة من دون طيار",
        "طائرات من دون طيار", "طائرة بدون طيار", "قصف بطائرة", "الطيران الروسي", "الطيران الاسرائيلي",
        "الطيران التركي", "الطيران السوري", "ضربات جوية", "غارة بطائرة", "طائرات مجهولة", "طيران مجهول",
        "المقاتلات", "مقاتلات", "قصفا جويا", "قصف بالطيران", "العدوان الجوي", "عدوان جوي", "عدوانا جويا",
        "عدوان", "العدوان", "عدوانا", "اعتداء", "الاعتداء", "مروحية", "المروحية", "مروحيات", "المروحيات",
    ),
    SHELLING: (
        "قصف", "قصفت", "قصفا", "قصفها", "قصفه", "قصفهم", "يقصف", "تقصف", "يقصفون", "قصف مدفعي", "قصف صاروخي", "قصفا صاروخيا", "قصفا مدفعيا", "قذائف", "قذيفة",
        "بقذيفة", "صواريخ", "صاروخ", "قذائف هاون", "قذيفة هاون", "مدفعية", "المدفعية", "راجمات", "راجمة",
        "استهداف صاروخي", "هجوم صاروخي", "هجوما صاروخيا", "بالصواريخ", "قذيفة صاروخية", "بقذيفة صاروخية",
        "صاروخية", "رشقات صاروخية", "استهدف بالمدفعية",
        "قصف مدفعي وصاروخي", "قصفا متبادلا", "قذيفتين", "بقذيفتين", "قذيفتي", "بقذيفتي", "قذيفتين صاروخيتين", "بقذيفتين صاروخيتين",
        "صاروخين", "بصاروخين", "صاروخا", "رشقة صاروخية", "برشقة صاروخية", "صلية صاروخية", "صليات صاروخية",
        "صليتين صاروخيتين", "عمليات نوعية", "ضربات نوعية", "قذائف صاروخية", "بقذائف صاروخية",
        "ضربات", "ضربات مكثفة", "ضربات صاروخية", "ضربات مدفعية", "قذيفتان", "قذيفتان صاروخيتان", "صاروخان",
    ),
    IED: (
        "عبوة ناسفة", "عبوات ناسفة", "بعبوة ناسفة", "لغم", "الغام", "لغم ارضي", "مخلفات الحرب", "سيارة مفخخة",
        "مفخخة", "دراجة نارية مفخخة", "انفجار عبوة", "تفجير عبوة", "انفجار لغم", "عبوة لاصقة", "جسم متفجر",
        "انفجار سيارة", "تفجير ارهابي", "انفجار", "تفجير", "تفجيرات", "قنبلة", "قنابل", "انفجرت قنبلة",
        "انفجرت", "انفجر", "فجروا", "سيارة ملغومة", "سيارات ملغومة", "عبوة", "ناسفة", "متفجرات", "متفجرة",
        "انفجارين", "انفجارات",
    ),
    SUICIDE: ("هجوم انتحاري", "هجمات انتحارية", "تفجير انتحاري", "عملية انتحارية", "حزام ناسف", "احزمة ناسفة",
              "فجر نفسه", "فجرت نفسها", "فجرا نفسيهما", "فجروا انفسهم", "فجر انتحاري", "استشهادي",
              "سيارة مفخخة يقودها انتحاري", "انتحاري", "انتحارية", "مهاجم انتحاري", "مهاجما انتحاريا"),
    GRENADE: ("قنبلة يدوية", "قنابل يدوية", "رمانة يدوية"),
    CHEMICAL: ("سلاح كيميائي", "هجوم كيميائي", "غاز الكلور", "غازات سامة", "السارين", "الاسلحة الكيميائية",
               "هجوم بالغاز", "غاز سام", "الغاز السام", "بالغازات السامة", "هجوم كيماوي", "السلاح الكيماوي",
               "مواد كيميائية", "مواد كيماوية", "مواد سامة"),
    CLASH: (
        "اشتباك", "اشتباكات", "اشتبك", "اشتبكت", "مواجهات", "معارك", "معركة", "كمين", "كمينا", "هجوم مسلح",
        "هجوما مسلحا", "هجمات مسلحة", "هاجم", "هاجمت", "هاجموا", "صد هجوم", "صد هجوما", "محاولة تسلل",
        "تسلل", "قنص", "برصاص قناص", "اطلاق نار", "اطلاق النار", "اطلقوا النار", "اطلق النار", "اقتحام",
        "اقتحمت", "اقتحموا", "هجوم بري", "احتدام", "تبادل اطلاق النار", "استهداف دورية", "هجوم لخلايا",
        "هجوما لخلايا", "اشتباكات عنيفة", "استهدف", "استهدفت", "استهداف", "تستهدف", "يستهدف", "استهدفوا",
        "استهدافها", "استهدافه", "استهدافهم",
        "هجوم", "هجوما", "هجموا", "شنت هجوما", "بهجوم كبير", "بهجوم واسع", "بهجوم عنيف", "احباط هجوم", "احباط هجومين", "احبط هجوما", "صد هجومين",
        "تصدى لهجوم", "تصدت لهجوم", "تصدى لهجومين", "repelled an attack", "repulsed an attack",
        "قتلت", "قتلوا", "اطلقت النار", "فتحت النار", "فتحوا النار", "اعيرة نارية", "برصاص", "بنيران", "شن هجوما", "الرشاشات", "بالرشاشات", "بالاسلحة الرشاشة",
        # armed men entering villages in an offensive ("قوات العشائر دخلت بلدات X وY")
        "دخلت بلدات", "دخلت بلدة", "دخلت قرى", "دخلت قرية", "دخلوا بلدات", "دخلوا بلدة", "دخلوا قرى", "دخلوا قرية",
    ),
    TERRITORY: (
        "سيطرت على", "سيطر على", "السيطرة على", "سيطرتها على", "بسط سيطرتها", "استعاد", "استعادت", "استعادة",
        "تقدم", "تقدمت", "حررت", "تحرير",
    ),
    VAC_ATTACK: (
        "اغتيال", "اغتال", "اغتالوا", "اعدام", "اعدم", "اعدمت", "اعدام ميداني", "ذبح", "تصفية", "عملية اغتيال",
        "قتل مدني", "جريمة قتل", "اغتالت", "اغتيل", "للضرب", "بالضرب", "التعذيب", "تعذيب",
    ),
    ABDUCTION: ("اختطاف", "خطف", "اختطف", "اختطفت", "خطفت", "مختطف", "مختطفين", "اخفاء قسري", "خطفوا",
                "اختطفوا", "رهائن", "رهينة"),
    SEXUAL: ("اغتصاب",),
    ARRESTS: (
        "اعتقال", "اعتقل", "اعتقلت", "اعتقالات", "حملة اعتقالات", "حملة دهم واعتقال", "احتجاز", "احتجزت",
        "توقيف", "القبض على", "القت القبض", "اعتقلوا", "مداهمة", "حملة دهم", "دهم",
    ),
    CHANGE: (
        "تعزيزات", "تعزيزات عسكرية", "رتل", "ارتال", "رتلا", "حملة تمشيط", "تمشيط", "عملية تمشيط",
        "حملة تميشط", "عملية امنية", "حملة امنية", "استقدم", "استقدمت", "انتشار", "استنفار", "تحشيد",
        "حشود", "حشد", "اطلاق عملية", "عملية عسكرية", "دورية", "دوريات",
    ),
    TRANSFER: ("انسحاب", "انسحبت", "انسحب", "تسلم", "تسلمت", "تسليم"),
    DISRUPTED: (
        "اعترضت", "اعتراض", "اسقطت", "اسقط", "اسقطوا", "اسقاط", "تفكيك", "فككت", "ابطال مفعول", "ابطال عبوة", "ابطال عبوات", "ابطال لغم", "ابطال الغام",
        "ابطلت", "تفكيك عبوة", "اسقاط طائرة",
        "تصدت الدفاعات الجوية", "الدفاعات الجوية", "الدفاع الجوي", "ضبط", "ضبطت", "احباط", "احبطت",
    ),
    LOOTING: ("نهب", "سرقة", "حرق", "احراق", "احرق", "احرقوا", "تجريف"),
    AGREEMENT: ("اتفاق", "اتفاقية", "هدنة", "وقف اطلاق النار", "تسوية", "مصالحة", "اتفاقا", "صفقة تبادل"),
    BASE: ("قاعدة جديدة", "مقر جديد", "انشاء قاعدة", "انشأت قاعدة", "نقطة عسكرية جديدة"),
    PEACEFUL: (
        "تظاهرة", "مظاهرة", "مظاهرات", "تظاهرات", "وقفة احتجاجية", "وقفات احتجاجية", "وقفة تضامنية", "وقفات تضامنية", "مسيرة تضامنية", "احتجاج", "احتجاجات",
        "اعتصام", "تظاهر", "تظاهروا", "متظاهرون", "متظاهرين", "المحتجين", "محتجون", "احتجاجية",
        "احتج", "احتجوا", "اعتصم", "اعتصموا", "مسيرة احتجاجية", "مسيرات احتجاجية", "مسيرة سلمية",
        "اضراب", "اضرابا", "اضرب", "اضربوا", "تجمع احتجاجي", "تظاهرت", "تظاهر الالاف", "خرج الالاف",
        "هتفوا", "رددوا هتافات", "رافعين لافتات", "مظاهرة حاشدة", "متظاهر", "متظاهرة", "متظاهرات",
        "المتظاهرات", "تجمعوا", "احتشد", "احتشدوا", "الاحتشاد", "المعتصمون", "معتصمين", "قطع الطرق",
        "قطعوا الطريق", "قطع طريق", "اقيمت وقفة", "نظمت وقفة", "نظموا وقفة", "نفذوا وقفة", "وقفة امام",
    ),
    INTERVENTION: ("تفريق المتظاهرين", "فرقت", "تفريق", "الغاز المسيل للدموع", "قنابل الغاز",
                   # tear gas and stun grenades are no bombs ("قنابل الغاز المسيل للدموع", "قنابل الصوت")
                   "قنابل الغاز المسيل للدموع", "قنابل الصوت", "قنابل صوتية", "القنابل الصوتية", "قنابل غاز",
                   "قنابل الصوت والغاز", "قنابل الغاز والصوت"),
    VIOLENT_DEMO: ("اعمال شغب", "شغب", "مثيري الشغب", "رشقوا", "رشق الحجارة", "بالحجارة", "احرقوا الاطارات",
                   "اضرموا النار"),
}

TRIGGERS_EN: dict[str, tuple[str, ...]] = {
    AIR: (
        "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "warplanes", "warplane",
        "jets", "fighter jets", "fighter jet", "drone strike", "drone strikes", "drone", "drones", "barrel bomb", "barrel bombs",
        "war planes", "war plane",
        "barrel bomb attack", "barrel bomb attacks", "barrel bombing", "barrel bombings",
        "bombing raid", "bombing raids", "aerial attacks", "aerial attack", "helicopters", "air attack",
        "air attacks", "bombed", "bombing", "raids", "strikes", "strike", "aerial bombardment", "aerial bombardments", "sorties",
        "regime bombs", "government bombs", "russian bombs", "air force",
        # aircraft named by their kind: "a Sukhoi-34 bomber carried out another attack"
        "sukhoi", "bombers", "fighter-bombers", "combat aircraft", "military aircraft", "helicopter gunship",
        "helicopter gunships", "gunships", "attack helicopters",
        # a barrel bomb as wires describe it
        "unguided explosive device", "crude unguided explosive device", "unguided bomb", "unguided bombs",
    ),
    SHELLING: (
        "shelling", "shelled", "shells", "artillery", "rocket", "rockets", "missile", "missiles", "mortar",
        "mortars", "bombardment", "bombardments", "bombarded", "rocket fire", "shell", "howitzer", "howitzers",
        "explosive ammunition", "explosive rounds",
        "tank fire", "tank shells",
    ),
    IED: (
        "ied", "roadside bomb", "landmine", "landmines", "land mine", "car bomb", "explosive device",
        "booby trapped", "bomb exploded", "explosion", "blast", "bomb blast", "mine", "explosives",
        "bomb attack", "exploded bombs", "detonated", "blew up", "tunnel bomb", "tunnel bombs", "bombs exploded",
        "explosive-laden", "bomb attacks", "twin bomb attacks", "twin bombings", "double bombing", "car bombs",
        "truck bomb", "bomb blasts", "twin blasts", "car bombing", "car bombings", "bombing attack",
        "bomb killed", "bomb went off", "bomb exploded", "bombs killed",
    ),
    SUICIDE: ("suicide bomber", "suicide bomb", "suicide attack", "suicide bombing", "suicide car bomb",
              "suicide bombers", "suicide belt", "suicide car bombs", "suicide bombs", "suicide attacks",
              "suicide bombings", "suicide vest", "suicide vests", "suicide car bombing", "suicide car bombings",
              "suicide truck bomb", "suicide truck bombing"),
    GRENADE: ("grenade", "grenades"),
    CHEMICAL: ("chemical attack", "chemical weapons attack", "chlorine", "sarin", "toxic gas", "chemical weapon",
               "gas attack", "poison gas", "nerve gas", "toxic gas attack", "chemical weapons", "chemical agents",
               "chemical agent", "chemical munitions", "chemical rockets", "chemical bombs", "toxic gases",
               "mustard gas", "gassing", "gassed", "chemical substances", "chemical substance", "toxic substances"),
    CLASH: (
        "clash", "clashes", "clashed", "fighting", "fought", "fights", "battle", "battles", "ambush", "ambushed",
        "attacked", "assault", "offensive", "firefight", "gunfight", "exchange of fire", "opened fire",
        "fierce fighting", "heavy fighting", "attack", "attacks", "skirmishes", "foiled an attack",
        "foiled attack", "thwarted an attack", "repelled an attack", "repelled attacks", "repelled the attack",
        "stormed", "sniper fire", "sniper", "snipers", "fired into", "shot into", "counterattack",
        "counter-attack", "counterattacks", "battles raged", "fighting raged", "clashes raged",
        "foil an attack", "foiled attacks", "foil attacks", "repel an attack", "repel attacks", "thwart an attack",
        "thwarted attacks",
        # the passive of the wires: "three schools were targeted by Russian aircraft"
        "were targeted by", "was targeted by",
        # an attack or an infiltration stopped by force is a fight, not a weapon disarmed
        "thwarted an infiltration", "foiled an infiltration", "repelled an infiltration", "infiltration attempt",
        "attempt to infiltrate", "attempted to infiltrate", "attack was foiled", "attack was thwarted",
        "attack was repelled", "attacks were foiled", "attacks were repelled",
    ),
    TERRITORY: ("took control", "seized", "captured", "recaptured", "retook", "regained", "taken control",
                "seize", "capture", "advanced", "liberated", "won back", "regained control", "restored control",
                "wrested control", "wrest control", "took over", "took villages", "took the village",
                "took the villages", "took the town", "took several villages", "took two villages",
                "established control", "establishing control", "established full control", "establish control",
                "gained control", "took full control", "taken full control", "restored security and stability", "restoring security and stability"),
    VAC_ATTACK: ("assassinated", "assassination", "executed", "execution", "beheaded", "massacre",
                 "shot dead", "killed a civilian", "attacked civilians", "attack on civilians",
                 "attacks on civilians", "violence against civilians", "crucified", "killed and crucified",
                 "tortured to death", "lynched", "slit the throats", "slit the throat", "slit their throats",
                 "slaughtered", "stoned to death", "crucifying"),
    ABDUCTION: ("abducted", "kidnapped", "kidnapping", "abduction"),
    SEXUAL: ("raped", "rape"),
    ARRESTS: ("arrested", "detained", "arrests", "arrest campaign", "raids and arrests", "detention"),
    CHANGE: ("reinforcements", "deployed", "convoy", "sweep", "combing", "security operation", "redeployed",
             "military operation", "build up", "buildup"),
    TRANSFER: ("handed over", "withdrew", "withdrawal", "pulled out"),
    DISRUPTED: ("defused", "intercepted", "shot down", "shoots down", "shooting down", "dismantled", "thwarted",
                "foiled", "air defences", "air defenses"),
    LOOTING: ("looting", "looted", "torched", "burned down", "demolished", "razed"),
    AGREEMENT: ("agreement", "ceasefire", "truce", "deal", "reconciliation", "cease fire"),
    BASE: ("established a base", "new base", "set up a base"),
    PEACEFUL: ("protest", "protests", "protesters", "demonstration", "demonstrations", "demonstrators",
               "rally", "rallies", "sit in", "protested"),
    INTERVENTION: ("dispersed", "tear gas", "broke up"),
    VIOLENT_DEMO: ("riot", "riots", "rioters", "rioting"),
}

# How sure a trigger alone makes us that an incident happened (multiplied into confidence).
WEAK_TRIGGERS = frozenset({
    "انفجار", "تفجير", "قصف", "صواريخ", "صاروخ", "مسيرة", "مسيرات", "تقدم", "تقدمت", "هاجم", "هاجمت",
    "حشد", "حشود", "دورية", "دوريات", "رتل", "ارتال", "رتلا", "انتشار", "حرق", "تدمير", "دمرت", "هدم", "ضبط",
    "ضبطت", "تسليم", "تسلم", "تحرير", "استعادة", "اتفاق", "اتفاقا", "تسوية", "مصالحة", "عملية عسكرية",
    "احتجاج", "احتجاجات", "مثيري الشغب", "مداهمة", "دهم", "انسحاب", "انسحبت", "انسحب", "اعترضت", "تسلل", "اقتحمت",
    "اقتحام", "withdrew", "withdrawal", "intercepted", "strikes", "strike", "raids", "attack", "attacks", "drone", "drones",
    "jets", "missile", "missiles", "rocket", "rockets", "explosion", "blast", "mine", "offensive", "deal", "air force",
    "agreement", "training", "convoy", "bombing", "bombed", "advanced", "helicopters", "assault", "shell",
    "protest", "protests", "battle", "battles", "fighting", "fights", "مروحية", "المروحية", "مروحيات", "المروحيات", "الدفاعات الجوية", "الدفاع الجوي", "اعتراض",
    "تفكيك", "اسقاط", "sorties", "detention", "explosives", "تصفية", "الطيران السوري", "سلاح الجو",
    "عدوان", "العدوان", "عدوانا", "اعتداء", "الاعتداء", "استهدف", "استهدفت", "استهداف", "تستهدف", "يستهدف",
    "استهدفوا", "استهدافها", "استهدافه", "استهدافهم", "هجوم", "هجوما", "هجموا", "قتلت", "قتلوا", "برصاص", "بنيران", "عبوة", "ناسفة", "متفجرة",
    "تجمعوا", "احتشد", "احتشدوا", "الاحتشاد", "قطع طريق", "قطع الطرق", "قطعوا الطريق", "احتدام", "مواجهات",
    "المواجهات", "ضربات", "سرقة", "السرقة", "sniper", "snipers", "sniper fire",
})

DEATH_AR = (
    "مقتل", "قتل", "قتلوا", "قتلى", "قتيل", "قتيلا", "قتيلان", "قتيلين", "استشهاد", "استشهد", "استشهدوا", "شهيد",
    "شهداء", "شهيدا", "ارتقاء", "ارتقى", "مصرع", "لقي حتفه", "لقوا حتفهم", "حتفهم", "وفاة", "توفي", "ضحايا",
    "ضحية", "جثث", "جثة", "جثامين", "اودى بحياة", "سقوط قتلى", "القضاء على", "تحييد", "قتلت", "اودت بحياة", "بحياة",
    # with the article: "ارتفع عدد الشهداء إلى"
    "القتلى", "القتيل", "الشهداء", "الشهيد", "الضحايا", "الجثث",
)
# English verbs of a deed done to someone or something: after a force ("the Air Force destroyed",
# "the Israeli army shelled") they say it struck
DEED_VERBS_EN = frozenset({"attacked", "struck", "shelled", "bombed", "targeted", "hit", "raided", "stormed", "killed",
                           "launched", "carried", "conducted", "fired", "pounded", "destroyed"})

DEATH_EN = (
    "killed", "killing", "dead", "died", "death", "deaths", "death toll", "lives", "bodies", "fatalities",
    "slain", "perished", "kill", "kills", "dying", "die", "executed", "beheaded", "crucified", "stoned to death",
)
INJURY_AR = ("اصابة", "اصابات", "جرحى", "جريح", "جرح", "اصيب", "اصيبوا", "مصاب", "مصابين", "جروح", "بجروح",
             "الجرحى", "المصابين", "المصابون", "الاصابات", "مصابا", "مصابون", "جريحا")
INJURY_EN = ("wounded", "injured", "injuring", "wounding", "injuries", "casualties", "hurt")

# Attack words that name no weapon: any other trigger in the sentence says more.
GENERIC_ATTACK = frozenset({
    "قتلت", "قتلوا", "برصاص", "بنيران",
    "استهدف", "استهدفت", "استهداف", "تستهدف", "يستهدف", "استهدفوا", "استهدافها", "استهدافه", "استهدافهم", "هجوم",
    "هجوما", "هجموا", "شنت هجوما", "شن هجوما", "عدوان", "العدوان", "عدوانا", "اعتداء", "الاعتداء", "attack", "attacks", "attacked", "assault",
    "offensive", "strike", "strikes", "targeted positions", "killed fighters", "were targeted by", "was targeted by",
})

# Words that make a sentence about a total, a statistic or a period: claims, not incidents.
AGGREGATE_AR = (
    "منذ مطلع", "منذ بداية", "منذ بدء", "احصائية", "احصائيات", "اجمالي", "مجموع", "بلغ عدد",
    "ارتفع عدد", "ارتفاع عدد", "منذ مطلع العام", "خلال الشهر", "خلال الاسبوع", "خلال العام", "منذ العام",
    "منذ عام", "منذ اندلاع", "منذ تشرين", "منذ اكتوبر", "في يومين", "خلال يومين", "خلال ساعات",
    "الساعات الماضية", "خلال الساعات", "الاسبوع الماضي", "الشهر الماضي", "حتى الان", "في عموم",
    "خلال الايام", "الايام الماضية", "الايام الاخيرة", "الايام السبعة", "الايام الاربعة", "الايام الثلاثة",
    "منذ مطلع العام", "منذ بداية العام", "منذ بداية الحرب", "منذ عام", "حوادث منفصلة", "حوداث منفصلة",
    "عدة حوادث", "في يومين", "خلال يومين", "ساعة الماضية", "ساعة الماضيه", "الساعات الـ", "لمرتين", "مرتين",
    "مرات منفصلة", "مرة منفصلة",
    # "أقرّ البنتاغون في الفترة الماضية بإصابة 70 جندياً": a period summed up
    "الفترة الماضية", "الفترة الاخيرة",
    # "استشهد 5 فلسطينيين في أنحاء متفرقة في الضفة": a day's toll over many places
    "انحاء متفرقة", "مناطق متفرقة", "انحاء مختلفة",
)
AGGREGATE_EN = (
    "since the start", "since the beginning", "since", "in total", "a total of", "so far", "this year",
    "past week", "last week", "past month", "over the past", "during the past", "in the past", "multi front",
    "war has", "conflict has", "war have", "years of war", "years of conflict", "years of fighting",
    "separate incidents", "several incidents", "war that has",
    "has claimed", "in less than", "hours of", "past 24 hours", "past 48 hours", "twice", "days of",
    "last two days", "last three days", "last four days", "last few days", "past two days", "past three days",
    "past few days", "in two days", "in three days",
    "times since", "in syrias conflict", "in syria's conflict", "in the syrian conflict", "in syrias civil war",
    "in syria's civil war", "in the syrian civil war", "in the civil war", "in syrias war", "in syria's war",
    "conflict which has", "war which has", "conflict that has", "has left an estimated", "across the country",
    "across syria", "nationwide",
)

# A place outside Syria counts only in an article that names its country.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "Syria": ("سوريا", "السورية", "السوري", "syria", "syrian"),
    "Iraq": ("العراق", "العراقية", "العراقي", "iraq", "iraqi"),
    "Lebanon": ("لبنان", "اللبنانية", "اللبناني", "لبناني", "لبنانية", "lebanon", "lebanese"),
    "Jordan": ("الاردن", "الاردنية", "الاردني", "jordan", "jordanian"),
    "Turkey": ("تركيا", "التركية", "التركي", "turkey", "turkish", "turkiye"),
    "Israel": ("اسرائيل", "الاسرائيلي", "الاسرائيلية", "الاسرائيليين", "الاسرائيليتين", "الاسرائيليان", "israel",
               "israeli"),
    "Palestine": ("فلسطين", "الفلسطينية", "الفلسطيني", "الفلسطينيين", "الضفة الغربية", "قطاع غزة", "palestine",
                  "palestinian", "palestinians", "west bank", "gaza strip",
                  # "شاب فلسطيني", "فتاة فلسطينية": the people named as Palestinians
                  "فلسطيني", "فلسطينية", "فلسطينيا", "فلسطينيين", "فلسطينيون"),
    "Yemen": ("اليمن", "اليمنية", "اليمني", "yemen", "yemeni"),
}

# Countries beyond the gazetteer, or (Yemen) covered only by its governorates and main towns: a sentence
# set there borrows no place from its neighbours.
FAR_COUNTRIES = ("السودان", "السودانية", "السوداني", "اليمن", "اليمنية", "اليمني", "ليبيا", "الليبية", "الليبي",
                 "مصر", "المصرية", "المصري", "اوكرانيا", "الاوكرانية", "الاوكراني", "ايران", "الايرانية",
                 "افغانستان", "اريتريا", "ارتيريا", "الاريترية", "الارتيرية", "قبرص", "القبرصية", "الصومال",
                 "sudan", "sudanese", "yemen", "yemeni", "libya", "libyan", "egypt", "egyptian",
                 "ukraine", "ukrainian", "afghanistan", "eritrea", "eritrean", "cyprus", "somalia")

# A trigger right after these words describes circumstances of another event ("وسط استنفار",
# "أثناء توجه دورية"), not an event of its own.
CIRCUMSTANTIAL = ("وسط", "اثناء", "خلال", "بالتزامن مع", "تزامنا مع", "في ظل", "تاتي", "وتاتي", "ياتي", "وياتي",
                  "amid", "during", "while")

# Words that introduce background: an earlier incident recalled, not the one reported.
BACKGROUND_AR = ("قبل ايام", "وقبل ايام", "فيما بعد", "كان اخرها", "وكان اخرها", "كان اخرهما", "واخر تلك", "اخر تلك",
                 "متاثرا بجروح", "متاثرا باصابته", "متاثرا بجراحه", "متاثرا بجروحه", "اصابة تعرض لها",
                 "غارة سابقة", "هجوم سابق", "سبق ان", "وسبق ان", "وسبق ذلك", "سبق ذلك", "يذكر ان", "ويذكر ان",
                 "قبل ذلك", "وقبل ذلك", "قبل اسابيع", "قبل اشهر", "منذ ايام", "الشهر الماضي", "العام الماضي",
                 "على خلفية", "في اعقاب", "بعد ايام من", "استذكر", "واستذكر", "بعد يومين من", "قبل يومين",
                 "وقبل يومين", "خلال الايام الماضية", "خلال الايام الاخيرة", "خلال الايام السبعة",
                 "الايام السبعة الاخيرة", "الايام القليلة الماضية", "خلال الاشهر", "الاشهر الاخيرة",
                 "الاشهر الماضية", "خلال الاسابيع", "الاسابيع الماضية", "الاسابيع الاخيرة",
                 # "وتأتي التطورات الميدانية بعد التصعيد الذي نفذه المسلحون": what the news follows
                 "تاتي التطورات", "وتاتي التطورات", "بعد التصعيد الذي",
                 # "استهدفت المقاومة قاعدة عين الأسد مرات عديدة": a tally of strikes, no one incident
                 "مرات عديدة", "مرات عدة", "عدة مرات", "عشرات المرات", "لاكثر من مرة",
                 # "تعرّض لعدة محاولات اغتيال خلال الأعوام الماضية": a life's story, not the news
                 "خلال الاعوام الماضية", "خلال السنوات الماضية", "الاعوام الماضية", "السنوات الماضية")
# Words right after a trigger that make that incident an old or ongoing one, not the news
# ("العدوان المستمر منذ شهر", "الهجوم الأخير"); other incidents of the sentence stand.
# Words right before a trigger that make it the war going on, not an incident ("مع استمرار العدوان").
RECALLED_BEFORE = ("استمرار", "مدة", "ongoing", "continuing", "years of", "months of", "weeks of", "سنوات من",
                   "اشهر من", "سنوات", "اعوام من",
                   # "منذ بداية العدوان على غزة": the war as the start of a period, no incident
                   "منذ بداية", "منذ بدء", "منذ اندلاع", "منذ انطلاق", "outbreak of",
                   # "بينما يستمر العدوان على قطاع غزة"
                   "يستمر", "تستمر", "يتواصل", "تتواصل",
                   # "شارك في معارك البادية", "كان من الثابتين لصد هجوم": a commander's record
                   "شارك في", "شاركت في", "كان من", "كانت من",
                   # "thousands have fled the fierce fighting in Manbij": the fighting as the cause of flight
                   "fled the", "fleeing the", "fled from", "fleeing from", "escaping the", "هربا من", "فرارا من",
                   "الفارين من", "الهاربين من",
                   # "in an area that witnessed fighting between the opposition and the regime": the place described
                   "that witnessed", "which witnessed", "that saw", "which saw", "that has seen", "which has seen")
RECALLED_AFTER = ("المستمر منذ", "المتواصل منذ", "الاخير", "الاخيرة", "المستمرة منذ", "المتواصلة منذ",
                  "المتكررة", "المتكرر", "المتكررين", "repeated")
BACKGROUND_EN = ("earlier this month", "last month", "last year", "days ago", "weeks ago", "in recent weeks",
                 "previously", "earlier this year", "this year", "so far this year", "earlier this week",
                 "last weekend", "has been the scene of", "have been the scene of", "was the scene of",
                 "were the scene of", "once dubbed", "since then", "swathes of", "swaths of", "wide areas", "large areas of",
                 "vast areas of", "large parts of", "has endured", "have endured", "percent of the country",
                 "per cent of the country", "% of the country",
                 "became an armed", "turned into an armed", "erupted in 2011", "began in 2011", "started in 2011", "succumbed to", "died of his wounds",
                 "died of her wounds", "died of wounds",
                 "in recent days", "in the past few days", "over the past few days", "over recent days",
                 "and elsewhere", "past two weeks", "past three weeks", "past few weeks", "past several weeks", "last two weeks",
                 "last few weeks", "past two months", "past three months",
                 "in recent months", "over recent months", "in the past few months", "over the past few months",
                 "in recent years", "over the past months", "in the past month", "over the past month",
                 # a campaign recapped in the perfect: "having retaken the cities of Ramadi and Fallujah"
                 "having retaken", "having recaptured", "having captured", "having seized", "having taken",
                 # "the attacks came one day after militants shelled four districts": what the news follows
                 "came a day after", "came one day after", "came two days after", "came three days after",
                 "came days after", "came just days after", "came hours after", "came a week after",
                 "comes a day after", "comes days after", "comes hours after")

# Negations before the trigger: the incident is denied, not reported.
NEGATION = ("نفى", "نفت", "تنفي", "ينفي", "denies", "deny", "denying", "لم", "لن", "denied", "did not", "no longer", "never", "no sign of", "no sign yet")

# Words that make a sentence not about something that happened: threats, plans, denials.
IRREALIS_AR = (
    "تهدد", "هدد", "يهدد", "توعد", "سوف", "سيتم", "يخطط", "تخطط", "تعتزم", "يعتزم", "نفى", "نفت", "ادان",
    "ادانت", "طالب", "طالبت", "يطالب", "تطالب", "يطالبون", "دعا", "دعت", "طلب", "طلبت", "طلبن", "طلبوا", "حذر", "حذرت", "تحذير", "يتوقع", "محتمل", "مرتقب", "ستشن",
    "لم", "لن", "زعم", "احتمالية", "امكانية", "بامكانية", "تسعى", "اذا كانت", "اذا كان", "لو", "قادرة على", "قادر على",
    # habitual and generic statements: how things usually go, not what happened
    "تنحصر", "عادة", "غالبا", "كثيرا ما", "تتكرر", "وتكررت", "تكررت", "وتكرر", "يتهم", "تتهم", "يتهمون",
    "المتوقع", "المنتظر", "المرتقب", "المرتقبة", "اقترح", "اقترحت", "يقترح", "تقترح", "اقترحوا",
    # "يحبط مخططاً لداعش يستهدف تفجير مستشفى": the targets of a plot, not attacks
    "مخطط", "مخططا", "مخططات", "المخطط", "ينوي", "تنوي", "ينوون", "المنوي",
    # "وفي هذه المناورات، نفذت المقاتلات والمسيرات ...": a drill's sorties strike nothing
    "مناورات", "المناورات", "مناورة", "المناورة",
    # "أغلقت المدارس خوفاً من القصف": what is feared has not happened
    "خوفا من", "خشية",
    # "يمتلك حزب الله قذائف هاون وصواريخ دقيقة", "تستطيع المسيرة حمل القنابل": arms held or what they can do
    "يمتلك", "تمتلك", "يملك", "تملك", "تستطيع", "يستطيع", "القدرة على", "قدرة على",
    # "ستقوم واشنطن بإرسال", "سيبدأ الهجوم": what will be done
    "ستقوم", "سيقوم", "ستبدأ", "سيبدأ",
    # "جهود دبلوماسية لمنع إسرائيل من استهداف بيروت": what is to be prevented has not happened
    "لمنع", "بهدف منع",
    # "قد يصل القصف إلى حيفا": "قد" before the present tense is what may happen
    "قد يصل", "قد تصل", "قد يطال", "قد تطال", "قد يشن", "قد تشن", "قد يستهدف", "قد تستهدف", "قد يضرب", "قد تضرب",
    "قد يندلع", "قد تندلع", "قد يتوسع", "قد تتوسع", "قد يؤدي", "قد تؤدي", "قد يعيق", "قد يعيقان", "قد تعيق",
    "قد يشعل", "قد تشعل", "قد يشتعل", "قد تشتعل", "قد ينفذ", "قد تنفذ",
)
IRREALIS_EN = (
    "threatened", "threatens", "threatening", "exchanged views", "discussed", "discusses", "discussing", "blamed",
    "blames", "blaming",
    "would", "could", "will", "plans to", "planning", "warned", "denied", "like to see", "want to see",
    "wants to see",
    # "samples from the town tested positive for sarin": a finding about an attack told elsewhere
    "tested positive", "test positive", "tests positive",
    "condemned", "may", "might", "called for", "vowed", "did not", "no longer",
    "usually", "often", "typically", "frequently", "has been carrying out", "have been carrying out",
    "has been conducting", "have been conducting", "accuses", "accused", "accusing", "braces for",
    "bracing for", "fears of", "for fear of", "fearing",
    # the campaign a force wages, told as background ("has fought alongside", "is battling IS")
    "has fought", "have fought", "has been fighting", "have been fighting", "is battling", "are battling",
    "is also battling", "are also battling", "has been battling", "have been battling", "repeatedly",
    "per day", "every day", "daily", "regularly", "routinely", "proposed", "suggested",
    "plot", "plotted", "plotting", "plots", "drill", "drills", "war games", "military exercise",
    "military exercises", "joint exercise", "joint exercises",
    # "IS fighters are also being targeted by airstrikes": a campaign going on, no one strike
    "are being targeted", "are also being targeted", "is being targeted", "are being bombed", "is being bombed",
    "are being pounded", "is being pounded", "is being fought", "are being fought", "is being waged",
    "are being waged",
    "to prevent", "to stop", "aimed at preventing",
    # "civilians face the risk of being killed by air strikes": what may happen
    "risk of", "at risk",
    # "options ranging from air strikes to a no-fly zone are on the table": what may be chosen
    "options ranging", "on the table",
    # "the spokesman slammed the air strikes on Daraya": what a statement is about, told elsewhere
    "slammed the", "denounced", "decried", "criticised", "criticized",
)

# Words for people who are civilians, as victims.
CIVILIAN_AR = (
    "مدني", "مدنيين", "مدنيون", "مدنيا", "مدنيان", "طفلان", "طفلين", "المدنيين", "طفل", "اطفال", "طفلة", "امراة", "نساء", "سيدة",
    "مواطن", "مواطنين", "مواطنا", "مواطنة", "رعاة", "راعي", "عمال", "عامل", "مزارع", "مزارعين", "اهالي",
    "الاهالي", "شاب", "شابا", "رجل", "مسن", "عائلة", "جامعي الكماة", "نازحين", "لاجئين", "صحفي",
    "اشخاص", "شخصا", "شخصين", "الاحياء السكنية", "حي سكني", "منازل المدنيين",
    # "استشهد الشاب X برصاص الاحتلال", "الفتى": a young man or a boy shot, named by age, not by arms
    "الشاب", "الشابين", "شابين", "الفتى", "فتى", "فتاة", "الفتاة", "الطفل", "الطفلة",
)
CIVILIAN_EN = (
    "civilian", "civilians", "children", "child", "women", "woman", "residents", "farmers", "shepherds",
    "family", "families", "people", "villagers", "worker", "workers", "journalist", "volunteers",
    "civil defence", "civil defense", "white helmets", "rescue workers",
)

# Who reports: phrase -> canonical attribution.
SOURCES: dict[str, tuple[str, ...]] = {
    "SOHR": ("المرصد السوري لحقوق الانسان", "المرصد السوري", "المرصد", "syrian observatory for human rights",
             "syrian observatory", "the observatory", "sohr", "rami abdel rahman", "رامي عبد الرحمن"),
    "SANA": ("سانا", "الوكالة السورية للانباء", "وكالة سانا", "sana", "state news agency", "syrian state media",
             "state media", "الاعلام الرسمي", "التلفزيون السوري"),
    "Al Mayadeen sources": ("مصادر الميادين", "مراسل الميادين", "مصادر للميادين", "مراسلنا", "للميادين",
                            "الميادين نت", "قناة الميادين", "مراسلة الميادين", "كاميرا الميادين",
                            "حديثه الى الميادين", "حديثها الى الميادين", "حديث الى الميادين", "لقناة الميادين",
                            "شاشة الميادين", "موقع الميادين"),
    "local sources": ("مصادر محلية", "مصادر اهلية", "مصادر ميدانية", "ناشطون", "ناشطين", "شبكات محلية",
                      "local sources", "activists", "local activists", "residents said"),
    "SDF statement": ("المركز الاعلامي لقوات سوريا الديمقراطية", "بيان لقسد", "الموقع الاعلامي لقوات سوريا الديمقراطية",
                      "sdf said", "sdf statement"),
    "Syrian Ministry of Defence": ("وزارة الدفاع السورية", "مصدر عسكري", "syrian army said", "syrian military"),
    "Turkish Ministry of Defence": ("وزارة الدفاع التركية", "turkish defence ministry", "turkish defense ministry"),
    "Russian Ministry of Defence": ("وزارة الدفاع الروسية", "المركز الروسي للمصالحة", "russian defence ministry",
                                    "russian defense ministry"),
    "Pentagon": ("البنتاغون", "وزارة الدفاع الاميركية", "وزارة الدفاع الامريكية", "pentagon", "centcom",
                 "القيادة المركزية الاميركية", "القيادة المركزية الامريكية", "us military"),
    "IS claim": ("وكالة اعماق", "اعماق", "amaq", "تبنى تنظيم", "تبنى التنظيم"),
    "White Helmets": ("الدفاع المدني", "الخوذ البيضاء", "white helmets", "civil defence"),
    "Israeli army": ("الجيش الاسرائيلي", "جيش الاحتلال", "israeli army said", "idf said", "israeli military"),
    "Sputnik": ("سبوتنيك", "sputnik"),
    "AFP": ("afp", "فرانس برس", "agence france presse"),
    "Reuters": ("reuters", "رويترز"),
}

# Nationality adjectives right after a strike word name the attacker ("غارة جوية روسية").
NATIONALITY_FORCES: dict[str, tuple[str, ...]] = {
    "Military Forces of Russia": ("روسي", "روسية", "الروسي", "الروسية", "russian"),
    "Military Forces of Turkey": ("تركي", "تركية", "التركي", "التركية", "turkish"),
    "Military Forces of Israel": ("اسرائيلي", "اسرائيلية", "الاسرائيلي", "الاسرائيلية", "israeli",
                                  "صهيوني", "صهيونية", "الصهيوني", "الصهيونية"),
    "Military Forces of the United States": ("اميركي", "اميركية", "امريكي", "امريكية", "الاميركي",
                                             "الاميركية", "الامريكي", "الامريكية", "american", "us", "u.s."),
    "Military Forces of Jordan": ("اردني", "اردنية", "الاردني", "الاردنية", "jordanian"),
    "Military Forces of Iraq": ("عراقي", "عراقية", "iraqi"),
    "Military Forces of Yemen (2017-) Houthi": ("اليمني", "اليمنية", "يمني", "يمنية", "yemeni"),
    "Military Forces of Belgium": ("belgian", "belgium's", "بلجيكية", "البلجيكية"),
    "Military Forces of France": ("french", "فرنسية", "الفرنسية"),
    "Military Forces of the United Kingdom": ("british", "بريطانية", "البريطانية"),
    "Opposition Rebels (Syria)": ("opposition", "rebel"),
    # The state's own forces: resolved by date to the government of the day.
    "regime forces": ("regime", "government", "pro-regime", "النظام", "الحكومية", "الحكومي"),
}

# Words after a number that make it a span of time or a distance, never a count of people.
MEASURE_WORDS = (
    "ساعة", "ساعات", "يوم", "يوما", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "سنة", "سنوات", "عام",
    "اعوام", "عاما", "دقيقة", "دقائق", "كيلومتر", "كيلومترات", "كم", "متر", "امتار", "hour", "hours", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes", "km", "kilometres",
    "kilometers", "miles", "metres", "meters",
)

# Words after which a number belongs to the total just given ("127 killed, among them 13 ...").
SUBTOTAL_CUES = ("بينهم", "منهم", "among them", "including", "of whom")

# Words that put a number of people or things into a claim metric.
CLAIM_METRICS_AR: dict[str, tuple[str, ...]] = {
    "fighters": ("مقاتل", "مقاتلا", "مقاتلين", "عنصر", "عنصرا", "عناصر", "جندي", "جنديا", "جنود"),
    "vehicles": ("عربة", "عربات", "الية", "اليات", "دبابة", "دبابات", "مدرعة", "مدرعات", "سيارة عسكرية",
                 "سيارات عسكرية", "شاحنة عسكرية", "شاحنات عسكرية", "عربة عسكرية", "عربات عسكرية"),
    "area_km2": ("كيلومتر مربع", "كيلومترا مربعا", "كم مربع", "كم2"),
    "attacks": ("عملية", "عمليات", "هجوم", "هجوما", "هجمات", "استهداف", "استهدافا", "استهدافات", "غارة", "غارات",
                "ضربة", "ضربات", "مرة منفصلة", "مرات منفصلة"),
    "fatalities": ("قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "ضحية", "ضحايا", "مقتل"),
    "injured": ("جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "اصابة"),
    "arrests": ("معتقل", "معتقلا", "معتقلين", "اعتقال", "موقوف", "موقوفين"),
    "arrest_verb": ("اعتقل", "اعتقلت", "يعتقل", "تعتقل", "اعتقال", "اعتقالات", "احتجاز", "احتجزت", "توقيف", "القبض على"),
    "other": ("هدف", "هدفا", "اهداف", "طلعة", "طلعات", "محطة", "محطات", "تظاهرة", "مظاهرة", "تظاهرات"),
    # rockets, shells and drones fired: a claim ("other") only over a period
    "projectiles": ("صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "طائرة مسيرة", "طائرات مسيرة", "مسيرة",
                    "مسيرات"),
}
CLAIM_METRICS_EN: dict[str, tuple[str, ...]] = {
    "fighters": ("fighters", "troops", "soldiers", "militants", "members"),
    "vehicles": ("military vehicles", "armoured vehicles", "armored vehicles", "tanks", "oil tankers"),
    "area_km2": ("square kilometres", "square kilometers", "km2", "sq km"),
    "attacks": ("attacks", "operations", "strikes", "airstrikes", "raids"),
    "fatalities": ("killed", "dead", "deaths", "lives", "people killed", "civilians killed", "victims"),
    "injured": ("injured", "wounded"),
    "arrests": ("arrests",),
    "arrest_verb": ("arrested", "detained", "rounded up"),
    "other": ("sorties", "targets", "stations", "displaced"),
    "projectiles": ("rockets", "missiles", "shells", "mortar shells", "mortars", "drones", "barrel bombs"),
}

# Place cues: a gazetteer name that is also a common word only counts after one of these.
PLACE_CUES_AR = ("قرية", "بلدة", "مدينة", "بلدات", "قرى", "مدن", "حي", "منطقة", "مخيم", "ناحية", "بادية",
                 "ريف", "محافظة", "تل", "جبل", "مطار", "قاعدة", "حقل", "معبر", "سجن", "سد", "محيط", "اطراف",
                 # the front's posts and settlements ("موقع المطلة", "مستوطنة المنارة") and dual heads
                 "موقع", "مستوطنة", "مستعمرة", "ثكنة", "بلدتي", "قريتي", "مدينتي", "مستوطنتي",
                 # Lebanon's and Iraq's districts ("العباسية قضاء صور")
                 "قضاء")
PLACE_CUES_EN = ("village", "town", "city", "villages", "towns", "district", "neighbourhood", "neighborhood",
                 "camp", "province", "area", "near", "in", "outskirts")

# Settlement words before a name ("بلدة الحصان"): the name is a place even when no gazetteer
# lists it. The second tuple names several ("بلدتي الحصان والعزبة").
SETTLEMENT_WORDS_AR = ("بلدة", "قرية", "مدينة", "حي", "مخيم", "مزرعة", "ضاحية")
SETTLEMENTS_WORDS_AR = ("بلدتي", "قريتي", "حيي", "مخيمي", "بلدات", "قرى", "احياء")
# Toponyms that begin with one of these words take the next word too ("دير حافر", "تل تمر").
TOPONYM_HEADS_AR = ("دير", "تل", "عين", "جسر", "كفر", "خربة", "رأس", "بيت", "أبو", "أم", "بئر", "جب", "قصر",
                    "مزرعة", "حوش", "سد", "وادي", "جبل", "تلة", "مجدل", "معرة", "عرب", "مرج", "خان", "حمام",
                    "قلعة", "ساقية", "نبع", "شيخ", "الشيخ", "تلول", "بني", "بيت")
# Words that follow a settlement word without naming it ("القرية المجاورة", "بلدة صغيرة").
NOT_TOPONYMS_AR = (
    "نفسها", "ذاتها", "المجاورة", "مجاورة", "الحدودية", "حدودية", "القريبة", "قريبة", "الواقعة", "واقعة",
    "التابعة", "تابعة", "المحاصرة", "محاصرة", "الخاضعة", "خاضعة", "الاستراتيجية", "استراتيجية", "صغيرة",
    "كبيرة", "جديدة", "الجديدة", "القديمة", "قديمة", "اخرى", "الاخرى", "واحدة", "عدة", "عديدة", "مختلفة",
    "كاملة", "بأكملها", "باكملها", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "شرقي", "غربي", "شمالي",
    "جنوبي", "شرق", "غرب", "شمال", "جنوب", "السورية", "سورية", "اللبنانية", "العراقية", "التركية", "الاردنية",
    "في", "من", "على", "الى", "عن", "مع", "التي", "الذي", "حيث", "قرب", "بالقرب", "محيط", "اطراف", "ريف",
    "محافظة", "منطقة", "مدينة", "بلدة", "قرية", "حي", "المدينة", "البلدة", "القرية", "الحي", "المخيم",
    "المنطقة", "لها", "له", "بها", "فيها", "منها", "عليها", "اليها", "كل", "جميع", "معظم", "بعض", "هذه", "تلك",
    "وسط", "داخل", "خارج", "امام", "الامنة", "آمنة", "مسيحية", "درزية", "كردية", "عربية", "السكنية", "سكنية",
    "المحتلة", "محتلة", "الصناعية", "صناعية", "الحرة", "ذات", "يقطنها", "تقع", "يقع", "تضم", "شهدت", "تشهد",
    "مدنه", "مدنها", "قراه", "قراها", "بلداته", "بلداتها", "احيائها", "احيائه", "مخيماتها", "اريافها",
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الاوسط", "السوري", "اللبناني", "الفلسطيني", "العراقي",
    "الحدودي", "المجاور", "القريب", "المحتل", "المحاصر", "الواقع", "التابع", "الكبير", "الصغير", "الجديد",
    "القديم", "الشهير", "نفسه", "ذاته", "بأكمله", "باكمله", "الصناعي", "السكني", "المدمر", "المدمرة",
)

# "ريف X" and directions: the place is near X, not in it (geo precision 2).
COUNTRYSIDE_AR = ("ريف", "ارياف", "ريفي", "بادية", "محيط", "اطراف", "قرب", "بالقرب من", "شرق", "غرب", "شمال",
                  "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "طريق", "اوتوستراد", "محور", "محوري", "محاور",
                  "بين")
COUNTRYSIDE_EN = ("countryside", "outskirts", "near", "outside", "east of", "west of", "north of", "south of",
                  "desert", "rural", "suburbs", "road", "highway", "east", "west", "north", "south", "southwest",
                  "southeast", "northwest", "northeast", "between")

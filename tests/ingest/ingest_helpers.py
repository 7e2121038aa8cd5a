"""Helpers for the ingest tests: articles written for the tests, as text and as JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Towns the gazetteer knows, with the district (admin2) it puts them in.
PLACES = ["سراقب", "أريحا", "كفرنبل", "معرة النعمان", "جسر الشغور", "سرمين", "بنش", "تفتناز", "دارة عزة",
          "الأتارب", "خان شيخون"]
_WEAPONS = ["بالمدفعية الثقيلة", "بقذائف الهاون", "بالصواريخ", "براجمات الصواريخ"]
_BACKGROUND = [
    "وتشهد المنطقة منذ أسابيع توترا متصاعدا بين الأطراف المتحاربة على خطوط التماس.",
    "وكانت فصائل المعارضة قد أعلنت في وقت سابق رفع الجاهزية في محيط المدينة.",
    "وتعاني القرى المجاورة من نقص حاد في الخدمات الطبية والمياه بعد موجة النزوح الأخيرة.",
    "ويأتي هذا التطور بعد يومين من اجتماع لممثلي الدول الضامنة لبحث التهدئة في الشمال.",
    "وأشار ناشطون محليون إلى أن الأهالي لجأوا إلى الملاجئ والأقبية خوفا من تجدد القصف.",
    "وتحدثت مصادر أهلية عن حركة نزوح باتجاه المخيمات القريبة من الحدود التركية.",
    "ولم تصدر أي جهة رسمية بيانا حول الحادثة حتى ساعة إعداد هذا الخبر.",
]
_CLOSING = ["وأصيب {k} آخرون بجروح متفاوتة.", "ونقل {k} جرحى إلى المشافي الميدانية.",
            "وتضررت {k} منازل بشكل كبير.", "واحترقت {k} سيارات مدنية في الشارع الرئيسي."]


def article(i: int) -> str:
    """A distinct short Arabic report (written for these tests) of a shelling, numbered ``i``."""
    place = PLACES[i % len(PLACES)]
    killed = 2 + (i // len(PLACES)) % 8
    weapon = _WEAPONS[i % len(_WEAPONS)]
    first = _BACKGROUND[i % len(_BACKGROUND)]
    second = _BACKGROUND[(i * 3 + 1) % len(_BACKGROUND)]
    closing = _CLOSING[(i // 7) % len(_CLOSING)].format(k=3 + i % 9)
    return (f"قصفت قوات النظام مدينة {place} {weapon} أمس، ما أدى إلى مقتل {killed} مدنيين. "
            f"{first} {closing} {second if second != first else ''} (تقرير رقم {i})").strip()


def write_jsonl(path: Path, n: int, start: int = 0, published: str = "2024-05-14",
                extra: Callable[[int], dict[str, Any]] | None = None) -> Path:
    """``n`` articles as JSON Lines with doc ids ``doc-<i>``."""
    with open(path, "w", encoding="utf-8") as out:
        for i in range(start, start + n):
            record = {"doc_id": f"doc-{i}", "text": article(i), "published": published}
            if extra:
                record.update(extra(i))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path

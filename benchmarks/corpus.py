"""A generated corpus for scale benchmarks: many varied articles from templates.

Usage: python benchmarks/corpus.py OUTDIR [--articles N] [--seed S]

The articles are written from templates made for this benchmark (no real
article text): a provincial body holds a conference at a place on a date,
officials with their posts attend and speak, a resolution or directive with a
Party document number is issued, paragraphs of ordinary prose fill the body.
A fixed pool of officials, bodies and documents recurs across articles, so the
graph merges them as a real corpus would; a few officials share a name with
someone in another province (homonyms whose posts conflict), and document
numbers restart each term, so the merge rules are exercised too. The output
folder holds ``NNNNN-slug.txt`` files and a ``SOURCES.tsv`` with publication
dates. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Hồng", "Công", "Đình"]
GIVEN = ["Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Bình", "Thắng", "Sơn", "Hải", "Long", "Phong", "Nam",
         "Trung", "Hòa", "Thủy", "Mai", "Quân", "Khải", "Tâm", "Vinh", "Lợi", "Cường", "Hiếu", "Thành"]
PROVINCES = ["Gia Lai", "Quảng Trị", "Nghệ An", "Thanh Hóa", "Đồng Nai", "Lâm Đồng", "Cà Mau", "Tây Ninh",
             "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Ngãi",
             "Khánh Hòa", "Đắk Lắk", "Vĩnh Long", "Đồng Tháp", "An Giang", "Tuyên Quang", "Lạng Sơn",
             "Sơn La", "Điện Biên", "Lai Châu", "Cao Bằng", "Hà Tĩnh", "Quảng Ninh"]
CITIES = ["Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"]
PROVINCIAL_POSTS = [("Bí thư Tỉnh ủy", "Tỉnh ủy"), ("Phó Bí thư Tỉnh ủy", "Tỉnh ủy"),
                    ("Chủ tịch UBND tỉnh", "UBND tỉnh"), ("Phó Chủ tịch UBND tỉnh", "UBND tỉnh"),
                    ("Chủ tịch HĐND tỉnh", "HĐND tỉnh"), ("Trưởng Ban Tổ chức Tỉnh ủy", "Tỉnh ủy"),
                    ("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tỉnh ủy")]
CENTRAL_BODIES = ["Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Tuyên giáo và Dân vận Trung ương",
                  "Bộ Nội vụ", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Văn phòng Trung ương Đảng"]
CENTRAL_POSTS = ["Phó Trưởng ban", "Thứ trưởng", "Phó Chủ nhiệm", "Ủy viên Trung ương Đảng"]
TOPICS = ["công tác tổ chức xây dựng Đảng", "công tác kiểm tra, giám sát", "chuyển đổi số",
          "công tác dân vận", "phát triển kinh tế - xã hội", "cải cách hành chính", "công tác cán bộ",
          "phòng, chống tham nhũng, lãng phí", "xây dựng nông thôn mới", "giáo dục và đào tạo"]
EVENT_KINDS = ["Hội nghị sơ kết", "Hội nghị tổng kết", "Hội nghị triển khai", "Hội thảo khoa học về"]
DOC_KINDS = [("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Quy định", "QĐ")]
FILLER = [
    "Các đại biểu đã tập trung thảo luận, đánh giá kết quả đạt được, chỉ ra những hạn chế, khó khăn và nguyên nhân.",
    "Trong thời gian qua, các cấp ủy, tổ chức đảng đã chủ động lãnh đạo, chỉ đạo triển khai nhiều nhiệm vụ quan trọng.",
    "Công tác tuyên truyền được đẩy mạnh, tạo sự đồng thuận trong cán bộ, đảng viên và nhân dân.",
    "Việc sắp xếp tổ chức bộ máy được thực hiện bảo đảm tiến độ, chất lượng và đúng quy định.",
    "Nhiều mô hình mới, cách làm hay được nhân rộng, góp phần nâng cao hiệu quả công tác.",
    "Bên cạnh kết quả đạt được, vẫn còn một số tồn tại cần sớm được khắc phục trong thời gian tới.",
    "Các địa phương cần tiếp tục rà soát, bổ sung quy chế làm việc, nâng cao trách nhiệm của người đứng đầu.",
    "Hội nghị cũng thống nhất nhiều giải pháp trọng tâm cho những tháng cuối năm.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn tăng so với cùng kỳ, chỉ số hài lòng của người dân được cải thiện.",
    "Đội ngũ cán bộ cơ sở được bồi dưỡng, tập huấn thường xuyên, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
]


@dataclass(frozen=True)
class Official:
    name: str
    province: str
    post: str
    body: str


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"


def _officials(rng: random.Random, count: int) -> list[Official]:
    """A pool of provincial officials; every 25th shares a name with an earlier one in another province."""
    pool: list[Official] = []
    names: set[str] = set()
    while len(pool) < count:
        if pool and len(pool) % 25 == 0:
            twin = rng.choice(pool)
            province = rng.choice([p for p in PROVINCES if p != twin.province])
            post, kind = rng.choice(PROVINCIAL_POSTS)
            pool.append(Official(twin.name, province, post, f"{kind} {province}"))
            continue
        name = _name(rng)
        if name in names:
            continue
        names.add(name)
        province = rng.choice(PROVINCES)
        post, kind = rng.choice(PROVINCIAL_POSTS)
        pool.append(Official(name, province, post, f"{kind} {province}"))
    return pool


def _central(rng: random.Random, count: int) -> list[Official]:
    return [Official(_name(rng), "", rng.choice(CENTRAL_POSTS), rng.choice(CENTRAL_BODIES)) for _ in range(count)]


def article(rng: random.Random, index: int, officials: list[Official], central: list[Official]) -> tuple[str, str, str]:
    """One article: (file stem, text, ISO publication date)."""
    year = rng.choice([2021, 2022, 2023, 2024, 2025])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    published = f"{year}-{month:02d}-{day:02d}"
    province = rng.choice(PROVINCES)
    local = [o for o in officials if o.province == province] or [rng.choice(officials)]
    host = rng.choice(local)
    guest = rng.choice(central)
    topic = rng.choice(TOPICS)
    event = f"{rng.choice(EVENT_KINDS)} {topic} năm {year}"
    body = f"Tỉnh ủy {province}"
    term = "2020-2025" if year <= 2025 else "2025-2030"
    number = rng.randint(1, 40)
    doc_kind, code = rng.choice(DOC_KINDS)
    venue = rng.choice(CITIES + [f"thành phố thuộc tỉnh {province}"]) if rng.random() < 0.3 else f"tỉnh {province}"
    paragraphs = [
        f"{event.capitalize()} tại {province}",
        f"Ngày {day}/{month}, tại {venue}, {body} tổ chức {event}.",
        f"Đồng chí {guest.name}, {guest.post} {guest.body}, dự và phát biểu chỉ đạo hội nghị. "
        f"Chủ trì hội nghị có đồng chí {host.name}, {host.post} {province}.",
    ]
    for other in rng.sample(local, min(len(local), 2)):
        if other != host:
            paragraphs.append(f"Tham dự hội nghị có đồng chí {other.name}, {other.post} {other.province}.")
    paragraphs.append(" ".join(rng.sample(FILLER, 4)))
    paragraphs.append(
        f"Thực hiện {doc_kind} số {number}-{code}/TU ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year} "
        f"của Ban Thường vụ Tỉnh ủy {province} về {topic}, nhiệm kỳ {term}, các cấp ủy đã ban hành kế hoạch thực hiện."
    )
    for _ in range(rng.randint(4, 8)):
        paragraphs.append(" ".join(rng.sample(FILLER, rng.randint(3, 6))))
    paragraphs.append(
        f"Phát biểu kết luận, đồng chí {host.name} đề nghị các cơ quan, đơn vị tiếp tục quán triệt "
        f"Nghị quyết số {rng.randint(1, 60)}-NQ/TW của Bộ Chính trị và tập trung thực hiện {topic}."
    )
    stem = f"{index:05d}-{province.lower().replace(' ', '-')}"
    return stem, "\n\n".join(paragraphs) + "\n", published


def write_corpus(outdir: str | Path, articles: int = 1000, seed: int = 7) -> Path:
    """Write ``articles`` generated articles and their SOURCES.tsv into ``outdir``."""
    rng = random.Random(seed)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    officials = _officials(rng, max(60, articles // 10))
    central = _central(rng, max(15, articles // 50))
    rows = ["doc\tsource\ttitle\tpublished"]
    for index in range(articles):
        stem, text, published = article(rng, index, officials, central)
        (outdir / f"{stem}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{stem}\tgenerated\t{text.splitlines()[0]}\t{published}")
    (outdir / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return outdir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.outdir, args.articles, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in args.outdir.glob("*.txt"))
    print(f"{args.articles} articles, {chars:,} characters in {args.outdir}")


if __name__ == "__main__":
    main()

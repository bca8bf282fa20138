// Dates as offices read them: 和暦 with 西暦 in Japanese (令和8年12月6日（2026年）), plain dates in English.
const TOKYO = 'Asia/Tokyo';

function parse(iso) {
  if (iso instanceof Date) {
    return { date: iso, dateOnly: false };
  }
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (plain) {
    // a calendar date has no time zone: noon UTC keeps it the same day in Japan
    return { date: new Date(Date.UTC(+plain[1], +plain[2] - 1, +plain[3], 3)), dateOnly: true };
  }
  const parsed = new Date(iso);
  return Number.isNaN(parsed.getTime()) ? null : { date: parsed, dateOnly: false };
}

export function formatDate(iso, lang = 'ja', withTime = false) {
  if (iso == null || iso === '') {
    return '';
  }
  const parsed = parse(iso);
  if (!parsed) {
    return String(iso);
  }
  const time = withTime && !parsed.dateOnly ? { hour: '2-digit', minute: '2-digit' } : {};
  if (lang === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone: TOKYO, year: 'numeric', month: 'long', day: 'numeric', ...time })
      .format(parsed.date);
  }
  const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: TOKYO, era: 'long', year: 'numeric',
    month: 'long', day: 'numeric', ...time }).format(parsed.date);
  const seireki = new Intl.DateTimeFormat('ja-JP', { timeZone: TOKYO, year: 'numeric' }).format(parsed.date);
  if (!time.hour) {
    return `${wareki}（${seireki}）`;
  }
  // 令和8年12月6日 14:05 → 令和8年12月6日（2026年）14:05
  const split = /^(.*日)\s*(.*)$/.exec(wareki);
  return split ? `${split[1]}（${seireki}）${split[2]}` : `${wareki}（${seireki}）`;
}

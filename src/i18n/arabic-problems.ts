/** The problems notice's reasons in Arabic; part of the Arabic catalogue, loaded with it. */
import type { ProblemWords } from './problem-messages';

/**
 * Arabic. Each reason is said of the field named before it ("start: ليس تاريخًا"), so verbs and
 * adjectives are masculine, agreeing with an implied حقل (field).
 */
export function arabicProblemWords(n: (n: number) => string): ProblemWords {
  const plural = new Intl.PluralRules('ar');
  const moreProblems = (count: number) => {
    const forms = {
      zero: 'لا مشكلات أخرى',
      one: 'مشكلة أخرى',
      two: 'مشكلتان أخريان',
      few: '# مشكلات أخرى',
      many: '# مشكلةً أخرى',
      other: '# مشكلة أخرى',
    };
    return forms[plural.select(count) as keyof typeof forms].replace('#', n(count));
  };
  const formats = 'YYYY أو YYYY-MM أو YYYY-MM-DD';
  return {
    problemReasons: {
      'not-a-dataset': (v) => `ليس قائمة أحداث ولا كائنًا فيه "events": ${v.value}`,
      'no-events': () => 'غير موجود: تحتاج مجموعة البيانات إلى قائمة أحداث',
      'events-not-a-list': (v) => `ليس قائمة أحداث: ${v.value}`,
      unreadable: (v) => (v.error ? `تعذّرت قراءته (${v.error})` : 'تعذّرت قراءته'),
      'more-problems': (v) => `فيه ${moreProblems(v.count)} من الأنواع المذكورة أعلاه`,
      'id-taken': (v) => `${v.value} مستخدم لحدث آخر؛ أُعيدت تسميته ${v.replacement}`,
      'id-missing': (v) => `غير موجود؛ يُستخدم ${v.replacement}`,
      'id-blank': (v) => `فارغ؛ يُستخدم ${v.replacement}`,
      'id-not-text': (v) => `ليس نصًا: ${v.value}؛ يُستخدم ${v.replacement}`,
      'not-an-event': (v) => `ليس حدثًا: ${v.value} (المتوقع كائن فيه عنوان وتاريخ بداية)`,
      'unknown-field': () => 'ليس حقلًا معروفًا',
      'too-long': (v) => `عدد أحرفه ${n(v.count)}؛ اقتُصر على أول ${n(v.limit)} منها`,
      missing: () => 'غير موجود',
      'no-title': () => 'ليس له عنوان',
      'title-not-text': (v) => `ليس له عنوان (${v.value} ليس نصًا)`,
      'no-start': () => `ليس له تاريخ بداية (استخدم ${formats})`,
      'not-a-date': (v) => `ليس تاريخًا: ${v.value} (استخدم ${formats})`,
      'not-a-real-date': (v) => `ليس تاريخًا حقيقيًا: ${v.value}`,
      'year-out-of-range': (v) =>
        `ليس تاريخًا حقيقيًا: ${v.value} (السنوات من 0001 إلى 9999؛ تُكتب السنوات الأقدم بإشارة، مثل -0300)`,
      'ends-before-start': (v) => `ينتهي قبل أن يبدأ (${v.value} قبل ${v.start})`,
      'not-true-or-false': (v) => `ليس true أو false: ${v.value}`,
      'unknown-confidence': (v) => `ليس إحدى القيم confirmed أو reported أو claimed أو disputed: ${v.value}`,
      'not-text': (v) => `ليس نصًا: ${v.value}`,
      'not-a-name': (v) => `ليس اسمًا: ${v.value}`,
      'not-a-place': (v) => `ليس مكانًا: ${v.value}`,
      'no-name': () => 'ليس له اسم',
      'no-coordinate': () => 'غير موجود (يحتاج المكان إلى lat وlon معًا)',
      'not-a-latitude': (v) => `ليس خط عرض بين -90 و90: ${v.value}`,
      'not-a-longitude': (v) => `ليس خط طول بين -180 و180: ${v.value}`,
      'not-a-source': (v) => `ليس مصدرًا: ${v.value}`,
      'source-without-publisher': () => 'ليس له publisher (يحتاج المصدر إلى publisher وquote معًا)',
      'source-without-quote': () => 'ليس له quote (يحتاج المصدر إلى publisher وquote معًا)',
      'source-without-publisher-or-quote': () =>
        'ليس له publisher ولا quote (يحتاج المصدر إلى publisher وquote معًا)',
      'not-media': (v) => `ليس صورة أو فيديو: ${v.value}`,
      'no-caption': () => 'ليس له تعليق',
      'link-too-long': (v) => `عدد أحرفه ${n(v.count)}، وهذا أطول من أن يكون رابطًا`,
      'not-a-link': (v) => `ليس رابط http أو https: ${v.value}`,
      'not-a-list-of-names': (v) => `ليس قائمة أسماء: ${v.value}`,
      'not-a-list-of-places': (v) => `ليس قائمة أماكن: ${v.value}`,
      'not-a-list-of-sources': (v) => `ليس قائمة مصادر: ${v.value}`,
      'not-a-list-of-media': (v) => `ليس قائمة صور أو مقاطع فيديو: ${v.value}`,
      'not-a-list-of-periods': () => 'ليس قائمة فترات',
      'not-a-period': () => 'ليس فترة (كائنًا فيه عنوان وبداية)',
    },
    problemOutcomes: {
      ignored: 'أُهمل',
      'left-out': 'استُبعد',
      'end-ignored': 'أُهمل تاريخ النهاية',
      'coordinates-left-out': 'استُبعدت الإحداثيات',
      'period-left-out': 'استُبعدت الفترة',
      'no-periods-drawn': 'لم تُرسم أي فترة',
      'not-listed': 'لم تُدرج هنا',
    },
    reasonAndOutcome: (reason, outcome) => `${reason}؛ ${outcome}`,
    valueKinds: {
      nothing: 'لا شيء',
      list: 'قائمة',
      object: 'كائن',
      function: 'دالة',
      symbol: 'رمز',
      unreadable: 'قيمة تتعذّر قراءتها',
    },
  };
}

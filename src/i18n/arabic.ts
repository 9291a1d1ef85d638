/**
 * The component's own words in Arabic, loaded by messages.ts when a locale asks for them.
 */
import type { Catalogue } from './messages';
import { arabicProblemWords } from './arabic-problems';

/**
 * Arabic. Counted nouns follow Arabic number agreement (واحد، اثنان، ٣–١٠ جمع، ١١–٩٩ مفرد
 * منصوب، ١٠٠ مفرد), chosen with `Intl.PluralRules`.
 */
export const arabic: Catalogue = (n, list) => {
  const plural = new Intl.PluralRules('ar');
  const counted = (
    count: number,
    forms: { zero: string; one: string; two: string; few: string; many: string; other: string },
  ) => {
    const form = plural.select(count) as keyof typeof forms;
    return forms[form].replace('#', n(count));
  };
  const events = (count: number) =>
    counted(count, {
      zero: 'لا أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '# أحداث',
      many: '# حدثًا',
      other: '# حدث',
    });
  const categories = (count: number) =>
    counted(count, {
      zero: 'لا فئات',
      one: 'فئة واحدة',
      two: 'فئتان',
      few: '# فئات',
      many: '# فئةً',
      other: '# فئة',
    });
  return {
    ...arabicProblemWords(n),
    loading: 'جارٍ تحميل الخط الزمني…',
    empty: 'لا توجد أحداث لعرضها.',
    noneInWindow: 'لا تقع أي أحداث في الفترة المختارة.',
    loadFailed: (url, reason) => `تعذّر تحميل الخط الزمني من ${url}: ${reason}`,
    loadReasons: {
      url: 'العنوان ليس عنوان ويب صالحًا',
      network: 'تعذّر الوصول إلى الخادم',
      cors: 'الموقع الآخر لا يسمح لهذه الصفحة بقراءة البيانات (CORS)',
      timeout: 'استغرق التحميل وقتًا أطول من المسموح به',
      http: 'ردّ الخادم برسالة خطأ',
      type: 'أرسل الخادم صفحة ويب بدلًا من البيانات',
      json: 'الملف ليس بصيغة JSON صالحة',
      format: 'الملف ليس بالصيغة المطلوبة',
      aborted: 'أُلغي التحميل',
    },
    problemsFound: (count) =>
      `${counted(count, {
        zero: 'لم تُوجد مشكلات',
        one: 'وُجدت مشكلة واحدة',
        two: 'وُجدت مشكلتان',
        few: 'وُجدت # مشكلات',
        many: 'وُجدت # مشكلةً',
        other: 'وُجدت # مشكلة',
      })} في البيانات.`,
    problemAt: (index, id, field, reason) =>
      `${index >= 0 ? `الحدث ${n(index)}` : 'مجموعة البيانات'}${id ? ` (${id})` : ''}، ${field}: ${reason}`,
    eventsLeftOut: (count) =>
      count === 0
        ? ''
        : `${counted(count, {
            zero: '',
            one: 'تعذّر رسم حدث واحد',
            two: 'تعذّر رسم حدثين',
            few: 'تعذّر رسم # أحداث',
            many: 'تعذّر رسم # حدثًا',
            other: 'تعذّر رسم # حدث',
          })}.`,
    leftOut: 'لم يُرسم',
    moreProblems: (count) =>
      `…${counted(count, {
        zero: '',
        one: 'ومشكلة أخرى',
        two: 'ومشكلتان أخريان',
        few: 'و# مشكلات أخرى',
        many: 'و# مشكلةً أخرى',
        other: 'و# مشكلة أخرى',
      })} لم تُدرج هنا.`,
    retry: 'إعادة المحاولة',
    dismiss: 'إخفاء',
    eventsLabel: 'الأحداث',
    keyLabel: 'دليل الرموز',
    periodsLabel: 'الفترات',
    confidence: {
      confirmed: 'مؤكد',
      reported: 'وفق التقارير',
      claimed: 'ادعاء',
      disputed: 'متنازع عليه',
    },
    early: (p) => `أوائل ${p}`,
    mid: (p) => `منتصف ${p}`,
    late: (p) => `أواخر ${p}`,
    around: (p) => `حوالي ${p}`,
    positionInCategory: (position, total, category) => `${n(position)} من ${n(total)} في ${category}`,
    markKinds: { point: 'يوم واحد', range: 'فترة', approximate: 'تاريخ تقريبي' },
    denseSummary: (count) =>
      `${n(count)} حدث في الفترة المعروضة، مرسومة كشريط كثافة. قرّب العرض أو استخدم مفاتيح الأسهم للانتقال إلى كل حدث.`,
    positionInView: (position, total) => `الحدث ${n(position)} من ${n(total)} في الفترة المعروضة`,
    categoryNames: {},
    eventName: (date, confidence, title, position) =>
      `${date}${confidence ? `، ${confidence}` : ''}: ${title}، ${position}`,
    summary: (count, from, to, cats) =>
      `${events(count)} من ${from} إلى ${to}، في ${categories(cats.length)}: ${list(
        cats.map(([name, c]) => `${name} (${n(c)})`),
      )}.`,
    selected: (title, date) => `تم تحديد: ${title}، ${date}.`,
    selectionCleared: 'أُلغي التحديد.',
    showing: (count, total) => `يُعرض ${n(count)} من أصل ${events(total)}.`,
    windowShown: (period, count) => `يُعرض ${period}: ${events(count)}.`,
    tableView: 'جدول',
    tableCaption: 'الأحداث المعروضة في جدول',
    tableDate: 'التاريخ',
    tableEvent: 'الحدث',
    tableCategory: 'الفئة',
    tableConfidence: 'درجة الثقة',
    notStated: 'غير محددة',
    tablePages: 'صفحات الجدول',
    tablePrevious: 'الصفوف السابقة',
    tableNext: 'الصفوف التالية',
    tableRows: (first, last, total) => `الصفوف ${n(first)}–${n(last)} من ${n(total)}`,
    keyboardHelp: 'اختصارات لوحة المفاتيح',
    close: 'إغلاق',
    keys: {
      previousNext: 'الحدث السابق أو التالي زمنيًا',
      firstLast: 'الحدث الأول أو الأخير',
      page: 'الانتقال شهرًا إلى الوراء أو إلى الأمام (أو خطوة تناسب درجة التكبير)',
      select: 'تحديد الحدث',
      clear: 'إلغاء التحديد',
      zoomIn: 'تكبير',
      zoomOut: 'تصغير',
      zoomReset: 'التصغير لإظهار كل الأحداث',
      pan: 'تحريك العرض',
      help: 'فتح هذه المساعدة',
    },
    zoom: {
      controls: 'التكبير والتحريك',
      zoomIn: 'تكبير',
      zoomOut: 'تصغير',
      fit: 'إظهار كل الأحداث',
      earlier: 'أقدم',
      later: 'أحدث',
    },
    details: {
      label: 'تفاصيل الحدث',
      noEventSelected: 'اختر حدثًا على الخط الزمني لتقرأ ما جرى ومن نقله.',
      confidenceMeaning: {
        confirmed: 'أكّدته عدة مصادر مستقلة',
        reported: 'نقلته وسيلة إعلام موثوقة دون تأكيد مستقل',
        claimed: 'أعلنه طرف في الأحداث',
        disputed: 'تختلف المصادر حول وقوعه أو كيفية وقوعه',
      },
      actors: 'الأطراف',
      places: 'الأماكن',
      category: 'الفئة',
      sources: (count) =>
        counted(count, {
          zero: 'لا مصادر',
          one: 'مصدر واحد',
          two: 'مصدران',
          few: '# مصادر',
          many: '# مصدرًا',
          other: '# مصدر',
        }),
      accountsDiffer: 'تختلف المصادر فيما بينها، وتُعرض رواية كل مصدر كما أوردها.',
      quotedVia: (via) => `نُقل الاقتباس عن ${via}`,
      readSource: (publisher) => `اقرأه في ${publisher}`,
      opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
      media: 'صور وفيديو',
      mediaCredit: (credit) => `الحقوق: ${credit}`,
      previous: 'السابق',
      next: 'التالي',
      position: (position, total) => `${n(position)} من ${n(total)}`,
    },
    legend: {
      label: 'تصفية الأحداث',
      search: 'البحث في الأحداث',
      searchHint: 'كلمات من العنوان أو الأطراف أو الأماكن',
      categories: 'الفئات',
      confidence: 'درجة الثقة',
      showAll: 'إظهار الكل',
    },
    overview: {
      label: 'الفترة المعروضة على الخط الزمني',
      value: (from, to) => `من ${from} إلى ${to}`,
    },
    markers: {
      label: 'تواريخ مرجعية',
      unlabelled: 'تاريخ محدد',
    },
    swimlanes: {
      noActor: 'دون طرف مسمّى',
      noPlace: 'دون مكان مسمّى',
      count: (count) => events(count),
      shownUnder: (groups) => `يظهر تحت ${list(groups)}`,
    },
  };
};

import { describe, expect, it } from 'vitest';
import {
  formattingLocale,
  langAttribute,
  localeDirection,
  resolveDirection,
  textDirection,
} from '../../src/i18n/locale';

const february13 = Date.UTC(2018, 1, 13);
const dayMonthYear = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    february13,
  );

describe('formattingLocale', () => {
  it('formattingLocale("ar") asks for Arabic-Indic digits, so dates read ١٣ … ٢٠١٨', () => {
    expect(formattingLocale('ar')).toBe('ar-u-nu-arab');
    expect(dayMonthYear(formattingLocale('ar'))).toMatch(/^١٣ \S+ ٢٠١٨$/);
  });

  it('formattingLocale keeps a region or numbering system the page chose', () => {
    expect(formattingLocale('ar-SY')).toBe('ar-SY');
    expect(formattingLocale('ar-u-nu-latn')).toBe('ar-u-nu-latn');
    expect(dayMonthYear(formattingLocale('ar-u-nu-latn'))).toMatch(/13 .+ 2018/);
    expect(formattingLocale('en-GB')).toBe('en-GB');
  });

  it('formattingLocale falls back to en for a tag Intl rejects, and never throws', () => {
    expect(formattingLocale('en_GB')).toBe('en');
    expect(formattingLocale('')).toBe('en');
    expect(formattingLocale(undefined)).toBe('en');
  });

  it('langAttribute drops extensions: ar-u-nu-arab → ar', () => {
    expect(langAttribute('ar-u-nu-arab')).toBe('ar');
    expect(langAttribute('ar-SY')).toBe('ar-SY');
  });
});

describe('localeDirection and resolveDirection', () => {
  it('localeDirection is rtl for Arabic, Hebrew, Persian, Urdu and Arabic-script Azerbaijani', () => {
    for (const tag of ['ar', 'ar-SY', 'he', 'fa', 'ur', 'az-Arab'])
      expect(localeDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'fr', 'az', 'zh-Hant', 'not a tag'])
      expect(localeDirection(tag), tag).toBe('ltr');
  });

  it('resolveDirection: dir on the element, then on an ancestor, then the locale, then the page language', () => {
    expect(resolveDirection({ ownDir: 'ltr', locale: 'ar', inheritedDir: 'rtl' })).toBe('ltr');
    expect(resolveDirection({ inheritedDir: 'rtl', locale: 'en-GB' })).toBe('rtl');
    expect(resolveDirection({ locale: 'ar' })).toBe('rtl');
    expect(resolveDirection({ ownDir: 'auto', locale: 'he' })).toBe('rtl');
    expect(resolveDirection({ lang: 'fa' })).toBe('rtl');
    expect(resolveDirection({ lang: 'en' })).toBe('ltr');
    expect(resolveDirection({})).toBe('ltr');
  });
});

describe('textDirection', () => {
  it('textDirection follows the first strong letter, like dir="auto"', () => {
    expect(textDirection('استسلام مقاتلي تنظيم الدولة')).toBe('rtl');
    expect(textDirection('«دحر الغزاة»')).toBe('rtl');
    expect(textDirection('“Jazira Storm” offensive')).toBe('ltr');
    expect(textDirection('2018 IS surrender')).toBe('ltr');
    expect(textDirection('2018 …')).toBeNull();
  });
});

/**
 * Value sets the official forms share (FORMS.md §0). Codes are stable identifiers; the printed
 * labels (J1, Ⅱa, 要介護3 …) live in the catalogue under `formChoice.<set>.<code>`.
 */

/** 障害高齢者の日常生活自立度（寝たきり度）, as the 指示書 prints it (no 自立). */
export const bedriddenLevels = ['J1', 'J2', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** The same with 自立, as the 主治医意見書 prints it. */
export const bedriddenLevelsWithIndependent = ['independent', ...bedriddenLevels] as const;

/** 認知症高齢者の日常生活自立度 (no 自立 on the 指示書). */
export const dementiaLevels = ['I', 'IIa', 'IIb', 'IIIa', 'IIIb', 'IV', 'M'] as const;
export const dementiaLevelsWithIndependent = ['independent', ...dementiaLevels] as const;

/** 要介護認定の状況: 自立, 要支援1–2, 要介護1–5 (経過的要介護 existed only 2006–2009). */
export const careLevels = ['independent', 'support1', 'support2', 'care1', 'care2', 'care3', 'care4', 'care5'] as const;

/** 程度: 軽・中・重 */
export const severities = ['mild', 'moderate', 'severe'] as const;

/** 無・有 */
export const yesNo = ['no', 'yes'] as const;

/**
 * 山田 花子's right-heel pressure ulcer over three weeks, as the visiting nurse photographed and
 * scored it at each visit: what each photo shows (size in cm, how far it has healed) and its
 * DESIGN-R®2020 codes. The totals fall 20 → 4 as the slough clears and granulation turns pink.
 */
import type { DesignRCodes } from '@/lib/wounds/design-r';

export const woundSite = '右踵部';

export interface WoundVisit {
  daysAgo: number;
  lengthCm: number;
  widthCm: number;
  healing: number;
  codes: DesignRCodes;
  note: string;
}

export const woundSeries: WoundVisit[] = [
  {
    daysAgo: 20,
    lengthCm: 5,
    widthCm: 4,
    healing: 0,
    codes: { depth: 'D3', exudate: 'e3', size: 's8', inflammation: 'i1', granulation: 'G5', necrosis: 'N3', pocket: 'p0' },
    note: '右踵部に褥瘡あり（入院中に発生）。5.0×4.0cm、黄色壊死組織と黒色部分あり。洗浄後ゲーベンクリーム塗布、ガーゼ保護。',
  },
  {
    daysAgo: 17,
    lengthCm: 4.5,
    widthCm: 3.5,
    healing: 0.2,
    codes: { depth: 'D3', exudate: 'e3', size: 's6', inflammation: 'i1', granulation: 'G4', necrosis: 'N3', pocket: 'p0' },
    note: '右踵部褥瘡。4.5×3.5cm。壊死組織やや減少、滲出液は中等量。洗浄・ゲーベン継続。',
  },
  {
    daysAgo: 13,
    lengthCm: 3.8,
    widthCm: 3,
    healing: 0.4,
    codes: { depth: 'D3', exudate: 'e3', size: 's6', inflammation: 'i0', granulation: 'g3', necrosis: 'n0', pocket: 'p0' },
    note: '右踵部褥瘡。3.8×3.0cm。黄色組織ほぼ消失、赤色肉芽が増えています。外用をアクトシン軟膏に変更（主治医指示）。',
  },
  {
    daysAgo: 10,
    lengthCm: 3,
    widthCm: 2.2,
    healing: 0.6,
    codes: { depth: 'd2', exudate: 'e1', size: 's6', inflammation: 'i0', granulation: 'g1', necrosis: 'n0', pocket: 'p0' },
    note: '右踵部褥瘡。3.0×2.2cm。良性肉芽、滲出液少量。踵の除圧クッションを使用中。',
  },
  {
    daysAgo: 6,
    lengthCm: 2.2,
    widthCm: 1.6,
    healing: 0.8,
    codes: { depth: 'd2', exudate: 'e1', size: 's3', inflammation: 'i0', granulation: 'g1', necrosis: 'n0', pocket: 'p0' },
    note: '右踵部褥瘡。2.2×1.6cm。創縁から上皮化が始まっています。',
  },
  {
    daysAgo: 3,
    lengthCm: 1.5,
    widthCm: 1,
    healing: 1,
    codes: { depth: 'd2', exudate: 'e0', size: 's3', inflammation: 'i0', granulation: 'g1', necrosis: 'n0', pocket: 'p0' },
    note: '右踵部褥瘡。1.5×1.0cm。ピンク色の肉芽、上皮化が進んでいます。順調です。',
  },
];

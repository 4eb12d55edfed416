/** The 主治医意見書's second page: 3.(5) 身体の状態, 4. 生活機能とサービス, 5. 特記すべき事項. */
import { severities } from '@/lib/forms/choices';
import {
  ataxiaSites,
  likelyConditions,
  medicalServices,
  type OpinionContent,
  type OpinionFinding,
} from '@/lib/forms/templates/opinion-content';
import { Boxes, Grid, ja, Row, Text, gap } from './print-parts';
import { opinionLabels } from './opinion-print-parts';

const { label, option, shared } = opinionLabels;
const checked = (on: boolean) => ja(on ? 'formPrint.checked' : 'formPrint.unchecked');

function Finding({ name, finding }: { name: keyof OpinionContent; finding: OpinionFinding }) {
  return (
    <p>
      {checked(finding.present)}
      {label(name)}（{ja('formPrint.site')}：{finding.present ? finding.site : ''}
      {gap}
      {label(`${name}.severity`)}：
      <Boxes options={severities} chosen={finding.present ? finding.severity : null} labelOf={shared('severity')} />）
    </p>
  );
}

export function OpinionBack({ content: c }: { content: OpinionContent }) {
  const paralysis = (['paralysisRightArm', 'paralysisLeftArm', 'paralysisRightLeg', 'paralysisLeftLeg', 'paralysisOther'] as const).map(
    (key) => (
      <span key={key}>
        {label(key).replace(/^[^：]*：/, '')}（
        <Boxes options={severities} chosen={c.paralysis ? c[key] : null} labelOf={shared('severity')} />）{' '}
      </span>
    ),
  );
  const notes = (['noteBloodPressure', 'noteEating', 'noteSwallowing', 'noteMobility', 'noteExercise', 'noteOther'] as const).map((key) => (
    <p key={key}>
      ・{label(key).replace(/^[^：]*：/, '')}（{c[key]}）
    </p>
  ));
  return (
    <section className="print-page print-page-break">
      <Grid>
        <tr>
          <th scope="col" colSpan={4} className="print-section">
            {ja('opinionForm.section.body')}
          </th>
        </tr>
        <tr>
          <td colSpan={4}>
            <p>
              {label('dominantHand')}（<Boxes options={['right', 'left']} chosen={c.dominantHand} labelOf={option('dominantHand')} />）{gap}
              {label('height')} {c.height ?? gap}
              {gap}
              {label('weight')} {c.weight ?? gap}
              {gap}
              {label('weightChange')}（
              <Boxes options={['increase', 'maintain', 'decrease']} chosen={c.weightChange} labelOf={option('weightChange')} />）
            </p>
            <p>
              {checked(c.limbLoss)}
              {label('limbLoss')}（{ja('formPrint.site')}：{c.limbLoss ? c.limbLossSite : ''}）
            </p>
            <p>
              {checked(c.paralysis)}
              {label('paralysis')} {paralysis}
              {c.paralysis ? c.paralysisOtherSite : ''}
            </p>
            <Finding name="muscleWeakness" finding={c.muscleWeakness} />
            <Finding name="contracture" finding={c.contracture} />
            <Finding name="jointPain" finding={c.jointPain} />
            <p>
              {checked(c.ataxia)}
              {label('ataxia')}（<Boxes options={ataxiaSites} chosen={c.ataxia ? c.ataxiaSites : []} labelOf={option('ataxiaSites')} />）
            </p>
            <Finding name="pressureUlcer" finding={c.pressureUlcer} />
            <Finding name="otherSkin" finding={c.otherSkin} />
          </td>
        </tr>
        <tr>
          <th scope="col" colSpan={4} className="print-section">
            {ja('opinionForm.section.living')}
          </th>
        </tr>
        <Row label={label('outdoorWalking')}>
          <Boxes options={['independent', 'assisted', 'none']} chosen={c.outdoorWalking} labelOf={option('outdoorWalking')} />
        </Row>
        <Row label={label('wheelchair')}>
          <Boxes options={['none', 'self', 'others']} chosen={c.wheelchair} labelOf={option('wheelchair')} />
        </Row>
        <Row label={label('walkingAids')}>
          <Boxes options={['none', 'outdoor', 'indoor']} chosen={c.walkingAids} labelOf={option('walkingAids')} />
        </Row>
        <Row label={label('eating')}>
          <Boxes options={['independent', 'fullAssistance']} chosen={c.eating} labelOf={option('eating')} />
          {gap}
          {label('nutrition')}：
          <Boxes options={['good', 'poor']} chosen={c.nutrition} labelOf={option('nutrition')} />
          <br />→ {label('nutritionNotes')}（{c.nutritionNotes}）
        </Row>
        <Row label={label('likelyConditions')}>
          <Boxes options={likelyConditions} chosen={c.likelyConditions} labelOf={option('likelyConditions')} />（{c.likelyOther}）
          <br />→ {label('conditionPolicy')}（<Text value={c.conditionPolicy} />）
        </Row>
        <Row label={label('outlook')}>
          <Boxes options={['expected', 'notExpected', 'unknown']} chosen={c.outlook} labelOf={option('outlook')} />
        </Row>
        <Row label={label('medicalServices')}>
          <Boxes
            options={medicalServices}
            chosen={c.medicalServices}
            labelOf={option('medicalServices')}
            underlined={c.medicalServicesUnderlined}
          />
          （{c.otherMedicalService}）{gap}
          {checked(c.noServiceNotes)}
          {label('noServiceNotes').replace(/（.*）$/, '')}
        </Row>
        <Row label={ja('formPrint.careNotes')}>
          {notes}
          <p>
            {checked(c.noCareNotes)}
            {label('noCareNotes').replace(/（.*）$/, '')}
          </p>
        </Row>
        <Row label={label('infection')}>
          <Boxes options={['no', 'yes', 'unknown']} chosen={c.infection} labelOf={option('infection')} />（
          <Text value={c.infection === 'yes' ? c.infectionDetail : ''} />）
        </Row>
        <tr>
          <th scope="col" colSpan={4} className="print-section">
            {ja('opinionForm.section.notes')}
          </th>
        </tr>
        <tr>
          <td colSpan={4} className="print-tall">
            <Text value={c.specialNotes} />
          </td>
        </tr>
      </Grid>
      <p className="print-page-number">{ja('formPrint.page', { page: 2, pages: 2 })}</p>
    </section>
  );
}

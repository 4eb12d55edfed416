'use client';
/** For a private post (特別便): which members of the team, besides me, may read it. */
import type { MemberDoc } from '@/lib/schemas/care-team';
import { useI18n } from '@/app/_lib/i18n';
import { PersonName } from './person-name';

export function RecipientPicker(props: { team: MemberDoc[]; meId: string; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  const others = props.team.filter((member) => member.userId !== props.meId);
  const toggle = (userId: string, on: boolean) =>
    props.onChange(on ? [...props.chosen, userId] : props.chosen.filter((id) => id !== userId));
  return (
    <fieldset className="recipients">
      <legend>{t('composer.recipients')}</legend>
      {others.length === 0 && <p className="hint">{t('composer.noOtherMembers')}</p>}
      <div className="recipient-options">
        {others.map((member) => (
          <label key={member.userId} className="checkbox">
            <input
              type="checkbox"
              checked={props.chosen.includes(member.userId)}
              onChange={(event) => toggle(member.userId, event.target.checked)}
            />
            <PersonName userId={member.userId} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

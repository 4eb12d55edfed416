/** Registering patients and managing their care teams; the region's directory of users. */
import 'server-only';
import { addMemberInput, removeMemberInput } from '@/lib/schemas/care-team';
import { patientFields, setArchivedInput, updatePatientInput } from '@/lib/schemas/patient';
import { addTeamMember } from '@/server/services/care-teams/add-team-member';
import { removeTeamMember } from '@/server/services/care-teams/remove-team-member';
import { registerPatient } from '@/server/services/patients/register-patient';
import { setPatientArchived } from '@/server/services/patients/set-patient-archived';
import { updatePatient } from '@/server/services/patients/update-patient';
import { listRegionDirectory } from '@/server/services/users/list-region-directory';
import { actorOf } from '@/server/policy/actor';
import { createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { patientServiceOptions } from '@/server/trpc/service-options';

export const patientsRouter = createTrpcRouter({
  register: protectedProcedure.input(patientFields).mutation(({ ctx, input }) => registerPatient(patientServiceOptions(ctx), input)),
  update: protectedProcedure.input(updatePatientInput).mutation(({ ctx, input }) => updatePatient(patientServiceOptions(ctx), input)),
  setArchived: protectedProcedure
    .input(setArchivedInput)
    .mutation(({ ctx, input }) => setPatientArchived(patientServiceOptions(ctx), input)),
  addMember: protectedProcedure.input(addMemberInput).mutation(({ ctx, input }) => addTeamMember(patientServiceOptions(ctx), input)),
  removeMember: protectedProcedure
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => removeTeamMember(patientServiceOptions(ctx), input)),
  directory: protectedProcedure.query(({ ctx }) => listRegionDirectory({ db: ctx.db, actor: actorOf(ctx.auth.user) })),
});

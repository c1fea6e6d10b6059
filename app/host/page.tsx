import { InstructorHome } from './instructor-home';

export default function HostPage() {
  return <InstructorHome />;
}

import { FunctionList } from "../FunctionList";

/** The Dashboard view. Its workbook actions arrive with the dashboard feature; until then it lists the functions it offers. */
export function DashboardView() {
  return <FunctionList ids={undefined} />;
}

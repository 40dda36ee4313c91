import { FunctionList } from "../FunctionList";

/** The Visits view. Its workbook actions arrive with the visits feature; until then it lists the functions it offers. */
export function VisitsView() {
  return <FunctionList ids={["VISITOUTCOME", "VISITWHY", "COMMITLEVEL"]} />;
}

import { FunctionList } from "../FunctionList";

/** The Targets view. Its workbook actions arrive with the targets feature; until then it lists the functions it offers. */
export function TargetsView() {
  return <FunctionList ids={["WORKDAYS", "TARGETSPLIT", "TARGETFOR", "MARKETSPLIT", "PACE"]} />;
}

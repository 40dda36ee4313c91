import { FunctionList } from "../FunctionList";

/** The Clients view. Its workbook actions arrive with the clients feature; until then it lists the functions it offers. */
export function ClientsView() {
  return <FunctionList ids={["CLIENTTIER", "NEXTVISIT", "ROLECOVERAGE"]} />;
}

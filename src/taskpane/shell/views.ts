import type { ComponentType } from "react";
import { DashboardView } from "../views/dashboard/DashboardView";
import { ClientsView } from "../views/clients/ClientsView";
import { TargetsView } from "../views/targets/TargetsView";
import { VisitsView } from "../views/visits/VisitsView";

export interface ViewEntry {
  readonly id: string;
  /** Message key of the tab label. */
  readonly label: string;
  readonly component: ComponentType;
}

/** The pane's views, in tab order. */
export const VIEWS: readonly ViewEntry[] = [
  { id: "targets", label: "nav.targets", component: TargetsView },
  { id: "clients", label: "nav.clients", component: ClientsView },
  { id: "visits", label: "nav.visits", component: VisitsView },
  { id: "dashboard", label: "nav.dashboard", component: DashboardView },
];

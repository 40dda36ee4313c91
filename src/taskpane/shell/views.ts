import { lazy, type ComponentType, type LazyExoticComponent } from "react";

export interface ViewEntry {
  readonly id: string;
  /** Message key of the tab label. */
  readonly label: string;
  /**
   * Views load on first use, each as its own chunk: the pane opens with only the shell,
   * which keeps the first download small (see the bundle budget in the README).
   */
  readonly component: LazyExoticComponent<ComponentType>;
}

/** The pane's views, in tab order. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: "targets",
    label: "nav.targets",
    component: lazy(() =>
      import(/* webpackChunkName: "view-targets" */ "../views/targets/TargetsView").then((m) => ({
        default: m.TargetsView,
      }))
    ),
  },
  {
    id: "clients",
    label: "nav.clients",
    component: lazy(() =>
      import(/* webpackChunkName: "view-clients" */ "../views/clients/ClientsView").then((m) => ({
        default: m.ClientsView,
      }))
    ),
  },
  {
    id: "visits",
    label: "nav.visits",
    component: lazy(() =>
      import(/* webpackChunkName: "view-visits" */ "../views/visits/VisitsView").then((m) => ({
        default: m.VisitsView,
      }))
    ),
  },
  {
    id: "deals",
    label: "nav.deals",
    component: lazy(() =>
      import(/* webpackChunkName: "view-deals" */ "../views/deals/DealsView").then((m) => ({
        default: m.DealsView,
      }))
    ),
  },
  {
    id: "dashboard",
    label: "nav.dashboard",
    component: lazy(() =>
      import(/* webpackChunkName: "view-dashboard" */ "../views/dashboard/DashboardView").then(
        (m) => ({ default: m.DashboardView })
      )
    ),
  },
];

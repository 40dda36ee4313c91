import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookAccess } from "../excel/types";

const WorkbookContext = createContext<WorkbookAccess | undefined>(undefined);

/** The workbook the views read and write: Excel through Office.js, or the preview's in-memory one. */
export function WorkbookProvider({
  workbook,
  children,
}: {
  workbook: WorkbookAccess;
  children: ReactNode;
}) {
  return <WorkbookContext.Provider value={workbook}>{children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookAccess {
  const wb = useContext(WorkbookContext);
  if (!wb) throw new Error("useWorkbook outside WorkbookProvider");
  return wb;
}

export declare const mainJs: string
export declare function serverBuildReason(): string | null
export declare function buildServerIfStale(opts?: { log?: (message: string) => void; force?: boolean }): number

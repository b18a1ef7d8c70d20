export declare const projectRoot: string
export declare const webSources: string
export declare const webOut: string
export declare function webBuildIsStale(): boolean
export declare function buildIfStale(opts?: { log?: (message: string) => void }): Promise<number>

export * from './divisions.js'
export * from './staff.js'
export * from './cases.js'
export * from './audit.js'

export * from './core';
export * as huaweicloud from './huaweicloud';
export * as aws from './aws';

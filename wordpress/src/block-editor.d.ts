// @wordpress/block-editor ships no root type declarations: only what editor.ts uses.
declare module '@wordpress/block-editor' {
  import type { ComponentType, HTMLAttributes, ReactNode } from 'react';

  export const InspectorControls: ComponentType<{ children?: ReactNode }>;
  export function useBlockProps(
    props?: HTMLAttributes<HTMLElement>,
  ): HTMLAttributes<HTMLElement> & Record<string, unknown>;
}

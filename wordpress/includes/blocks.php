<?php
/**
 * The three blocks (dynamic: rendered by the same PHP as the shortcodes) and their editor script.
 *
 * @package SerWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attribute names (camelCase) to widget attribute names (kebab-case).
 *
 * @param array<string, mixed> $attributes The block's attributes.
 * @return array<string, mixed>
 */
function ser_widgets_block_options( $attributes ) {
	$out = array();
	foreach ( (array) $attributes as $name => $value ) {
		$out[ strtolower( preg_replace( '/([A-Z])/', '-$1', (string) $name ) ) ] = $value;
	}
	return $out;
}

/**
 * Registers the editor script, the block category and the blocks from their block.json.
 */
function ser_widgets_register_blocks() {
	$deps = array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'ser-widgets' );
	wp_register_script( 'ser-widgets-editor', plugins_url( 'build/editor.js', SER_WIDGETS_FILE ), $deps, SER_WIDGETS_VERSION, false );
	wp_set_script_translations( 'ser-widgets-editor', 'ser-widgets', SER_WIDGETS_DIR . '/languages' );
	// The live preview in the editor uses the same provider attributes as the site.
	wp_add_inline_script(
		'ser-widgets-editor',
		'window.serWidgetsEditor=' . wp_json_encode(
			array( 'provider' => ser_widgets_provider_attributes() ),
			JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT
		) . ';',
		'before'
	);
	foreach ( array_keys( ser_widgets_specs() ) as $widget ) {
		register_block_type(
			SER_WIDGETS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					$html = ser_widgets_render( $widget, ser_widgets_block_options( $attributes ) );
					return '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
				},
			)
		);
	}
}

/**
 * The "SER Widgets" category in the block inserter (block_categories_all exists from WordPress 5.8).
 *
 * @param array<int, array<string, string>> $categories The categories so far.
 * @return array<int, array<string, string>>
 */
function ser_widgets_block_category( $categories ) {
	$categories[] = array(
		'slug'  => 'ser-widgets',
		'title' => __( 'SER Widgets', 'ser-widgets' ),
		'icon'  => null,
	);
	return $categories;
}
add_filter( 'block_categories_all', 'ser_widgets_block_category' );

/**
 * In the editor (and its iframe in newer WordPress), the drop-in makes the preview the real widgets.
 */
function ser_widgets_editor_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'ser-widgets' );
	}
}
add_action( 'enqueue_block_assets', 'ser_widgets_editor_assets' );

/**
 * The site editor and the device previews draw blocks in an iframe. Before WordPress 6.3 the iframe got
 * only the scripts of block.json's "script" field (which would also load the drop-in on every page of a
 * classic theme), so the drop-in is added to the iframe's assets here, once.
 *
 * @param array<string, mixed> $settings The block editor settings.
 * @return array<string, mixed>
 */
function ser_widgets_iframe_assets( $settings ) {
	if ( isset( $settings['__unstableResolvedAssets']['scripts'] ) && is_string( $settings['__unstableResolvedAssets']['scripts'] )
		&& false === strpos( $settings['__unstableResolvedAssets']['scripts'], '/dist/ser-widgets.js' ) ) {
		$src = add_query_arg( 'ver', SER_WIDGETS_VERSION, plugins_url( 'dist/ser-widgets.js', SER_WIDGETS_FILE ) );
		$tag = "<script src='" . esc_url( $src ) . "' id='ser-widgets-js'></script>\n";
		$settings['__unstableResolvedAssets']['scripts'] .= ser_widgets_script_tag( $tag, 'ser-widgets' );
	}
	return $settings;
}
add_filter( 'block_editor_settings_all', 'ser_widgets_iframe_assets' );

/**
 * The editor's translations for es_MX, fr_CA, pt_BR and so on come from the language's file (es, fr, pt).
 *
 * @param string|false $file   The file WordPress looks for.
 * @param string       $handle The script.
 * @param string       $domain The text domain.
 * @return string|false
 */
function ser_widgets_script_translation_file( $file, $handle, $domain ) {
	if ( 'ser-widgets' !== $domain || ! $file || is_readable( $file ) ) {
		return $file;
	}
	return preg_replace( '/ser-widgets-([a-z]{2,3})_[A-Za-z_]+-([0-9a-f]{32})\.json$/', 'ser-widgets-$1-$2.json', $file );
}
add_filter( 'load_script_translation_file', 'ser_widgets_script_translation_file', 10, 3 );

<?php
/**
 * The one renderer behind the shortcodes and the blocks: <ser-provider> with the site settings
 * around one widget with its own options. Every value is escaped for its context here.
 *
 * @package SerWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each widget's options: attribute name => kind (text, level, bool, url, ids, or a list of allowed values).
 *
 * @return array<string, array<string, string|string[]>>
 */
function ser_widgets_specs() {
	return array(
		'explainer-card'    => array(
			'heading'       => 'text',
			'heading-level' => 'level',
			'variant'       => array( 'full', 'compact' ),
			'open'          => 'bool',
			'cta-href'      => 'url',
			'cta-label'     => 'text',
			'no-disclaimer' => 'bool',
		),
		'what-to-expect'    => array(
			'heading-level' => 'level',
			'open'          => 'ids',
			'open-mode'     => array( 'multiple', 'single' ),
			'remember'      => 'bool',
		),
		'emotion-checklist' => array(
			'heading'       => 'text',
			'heading-level' => 'level',
			'allow-other'   => 'bool',
			'support-url'   => 'url',
			'persist'       => 'bool',
		),
	);
}

/**
 * Registers the drop-in (printed only when a block or shortcode asks for it) and the placeholder styles.
 */
function ser_widgets_register_assets() {
	wp_register_script( 'ser-widgets', plugins_url( 'dist/ser-widgets.js', SER_WIDGETS_FILE ), array(), SER_WIDGETS_VERSION, true );
	wp_register_style( 'ser-widgets', false, array(), SER_WIDGETS_VERSION );
	// Keeps room for each widget while the script loads, so the page does not jump.
	wp_add_inline_style(
		'ser-widgets',
		'ser-explainer-card:not(:defined),ser-what-to-expect:not(:defined),ser-emotion-checklist:not(:defined){display:block}'
		. 'ser-explainer-card:not(:defined){min-height:21em}ser-what-to-expect:not(:defined){min-height:19em}'
		. 'ser-emotion-checklist:not(:defined){min-height:50em}'
	);
}

/**
 * The Subresource Integrity hash shipped beside the drop-in, or '' if it is missing or malformed.
 *
 * @return string
 */
function ser_widgets_integrity() {
	static $hash = null;
	if ( null === $hash ) {
		$file = SER_WIDGETS_DIR . '/dist/ser-widgets.sri.txt';
		$text = is_readable( $file ) ? trim( (string) file_get_contents( $file ) ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$hash = preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $text ) ? $text : '';
	}
	return $hash;
}

/**
 * Adds defer, integrity and crossorigin to the drop-in's tag (WordPress 6.1 has no API for them).
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function ser_widgets_script_tag( $tag, $handle ) {
	if ( 'ser-widgets' !== $handle || false !== strpos( $tag, ' integrity=' ) ) {
		return $tag;
	}
	$attributes = ( false === strpos( $tag, ' defer' ) ? ' defer' : '' ) . ' crossorigin="anonymous"';
	if ( ser_widgets_integrity() ) {
		$attributes .= ' integrity="' . esc_attr( ser_widgets_integrity() ) . '"';
	}
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script' . $attributes, $tag, 1 );
}

/**
 * Prints the drop-in on this page (in the footer) with the placeholder styles.
 */
function ser_widgets_enqueue() {
	wp_enqueue_script( 'ser-widgets' );
	wp_enqueue_style( 'ser-widgets' );
}

/**
 * The widgets' language: the one chosen in Settings, or for "Same as the site" the site's (es_ES → es),
 * English where the widgets do not have it.
 *
 * @param string $chosen The saved setting ('' for "Same as the site").
 * @return string
 */
function ser_widgets_language( $chosen ) {
	$languages = array_filter( array_keys( ser_widgets_choices( 'language' ) ) );
	$site      = strtolower( explode( '_', get_locale() )[0] );
	foreach ( array( $chosen, $site ) as $language ) {
		if ( in_array( $language, $languages, true ) ) {
			return $language;
		}
	}
	return 'en';
}

/**
 * The provider's attributes from the saved settings (empty settings are left out). The language is
 * always given, as `lang` too, so screen readers read the widgets' text in it.
 *
 * @return array<string, string>
 */
function ser_widgets_provider_attributes() {
	$settings = ser_widgets_get_settings();
	$language = ser_widgets_language( $settings['language'] );
	$map      = array(
		'theme'         => 'theme',
		'practitioner'  => 'practitioner',
		'booking-url'   => 'booking_url',
		'support-url'   => 'support_url',
		'heading-level' => 'heading_level',
		'reviewed'      => 'reviewed',
		'reviewed-by'   => 'reviewed_by',
		'crisis-label'  => 'crisis_label',
		'crisis-url'    => 'crisis_url',
	);
	$out      = array(
		'lang'   => $language,
		'locale' => $language,
	);
	foreach ( $map as $attribute => $key ) {
		if ( '' !== $settings[ $key ] ) {
			$out[ $attribute ] = $settings[ $key ];
		}
	}
	$accent = sanitize_hex_color( $settings['accent'] );
	if ( $accent ) {
		$out['style'] = '--ser-accent:' . $accent;
	}
	return $out;
}

/**
 * One widget's options, cleaned by kind; anything unknown or invalid is dropped (the widget default applies).
 *
 * @param string               $widget  explainer-card, what-to-expect or emotion-checklist.
 * @param array<string, mixed> $options attribute name => raw value.
 * @return array<string, string|true>
 */
function ser_widgets_clean_options( $widget, $options ) {
	$specs = ser_widgets_specs();
	$out   = array();
	foreach ( $specs[ $widget ] as $name => $kind ) {
		if ( ! array_key_exists( $name, $options ) || ! is_scalar( $options[ $name ] ) ) {
			continue;
		}
		$raw = trim( (string) $options[ $name ] );
		if ( is_bool( $options[ $name ] ) ) {
			$raw = $options[ $name ] ? 'true' : 'false';
		}
		if ( 'bool' === $kind ) {
			if ( in_array( strtolower( $raw ), array( '1', 'true', 'yes', 'on' ), true ) ) {
				$out[ $name ] = true;
			}
		} elseif ( '' === $raw ) {
			continue;
		} elseif ( is_array( $kind ) ) {
			if ( in_array( $raw, $kind, true ) ) {
				$out[ $name ] = $raw;
			}
		} elseif ( 'level' === $kind ) {
			if ( preg_match( '/^[2-6]$/', $raw ) ) {
				$out[ $name ] = $raw;
			}
		} elseif ( 'ids' === $kind ) {
			$ids = trim( preg_replace( '/[^a-z0-9\- ]+/', '', preg_replace( '/[\s,;]+/', ' ', strtolower( $raw ) ) ) );
			if ( '' !== $ids ) {
				$out[ $name ] = $ids;
			}
		} elseif ( 'url' === $kind ) {
			$url = esc_url_raw( $raw, SER_WIDGETS_PROTOCOLS );
			if ( '' !== $url ) {
				$out[ $name ] = $url;
			}
		} else {
			$out[ $name ] = mb_substr( $raw, 0, 300 );
		}
	}
	return $out;
}

/**
 * Attributes as HTML, each escaped for its context.
 *
 * @param array<string, string|true> $attributes name => value (true: a boolean attribute).
 * @param array<string, string|string[]> $kinds  name => kind, to escape links with esc_url.
 * @return string
 */
function ser_widgets_attributes_html( $attributes, $kinds = array() ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( isset( $kinds[ $name ] ) && 'url' === $kinds[ $name ] ) {
			$html .= ' ' . $name . '="' . esc_url( $value, SER_WIDGETS_PROTOCOLS ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}

/**
 * The markup of one widget inside a provider carrying the site settings, and enqueues the drop-in.
 *
 * @param string               $widget  explainer-card, what-to-expect or emotion-checklist.
 * @param array<string, mixed> $options The widget's own options by attribute name.
 * @return string
 */
function ser_widgets_render( $widget, $options ) {
	$specs = ser_widgets_specs();
	if ( ! isset( $specs[ $widget ] ) ) {
		return '';
	}
	ser_widgets_enqueue();
	$provider_kinds = array(
		'booking-url' => 'url',
		'support-url' => 'url',
		'crisis-url'  => 'url',
	);
	$provider   = ser_widgets_provider_attributes();
	$attributes = ser_widgets_clean_options( $widget, $options );
	// A provider per widget keeps every theme's layout intact; the page still shows the care note and the
	// "reviewed" line once, in its first widget, as widgets sharing one provider do.
	static $note_shown = false;
	if ( $note_shown ) {
		$attributes['no-disclaimer'] = true;
		unset( $provider['reviewed'], $provider['reviewed-by'] );
	}
	$note_shown = true;
	$tag        = 'ser-' . $widget;
	return '<ser-provider' . ser_widgets_attributes_html( $provider, $provider_kinds ) . '>'
		. '<' . $tag . ser_widgets_attributes_html( $attributes, $specs[ $widget ] ) . '></' . $tag . '>'
		. '</ser-provider>';
}

/**
 * [ser_explainer_card], [ser_what_to_expect] and [ser_emotion_checklist].
 */
function ser_widgets_register_shortcodes() {
	foreach ( array_keys( ser_widgets_specs() ) as $widget ) {
		add_shortcode(
			'ser_' . str_replace( '-', '_', $widget ),
			static function ( $atts ) use ( $widget ) {
				return ser_widgets_render( $widget, ser_widgets_shortcode_options( $atts ) );
			}
		);
	}
}

/**
 * Shortcode attributes as widget options: heading_level or heading-level, and bare words such as `open`.
 *
 * @param mixed $atts What WordPress parsed.
 * @return array<string, string>
 */
function ser_widgets_shortcode_options( $atts ) {
	$out = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$out[ strtolower( str_replace( '_', '-', (string) $value ) ) ] = 'true';
		} else {
			$out[ strtolower( str_replace( '_', '-', $name ) ) ] = (string) $value;
		}
	}
	return $out;
}
